// The server Playwright starts: the production build on 127.0.0.1, on a throwaway database made
// fresh for every run: a SQLite file under .tmp/, or the PostgreSQL test database that
// E2E_DATABASE_URL names.
import path from "node:path";
import { exitWith, freshDatabase, spawnServer, TMP_DIR } from "./test-server.mjs";

const port = process.env.E2E_PORT || "3100";
const url = await freshDatabase(process.env.E2E_DATABASE_URL || path.join(TMP_DIR, `e2e-${port}.db`));
exitWith([spawnServer({ port, url })]);
