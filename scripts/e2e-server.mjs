// The server Playwright starts: the production build on 127.0.0.1, on a throwaway SQLite
// database under .tmp/ that is created fresh for every run.
import path from "node:path";
import { freshDatabase, spawnServer, TMP_DIR } from "./test-server.mjs";

const port = process.env.E2E_PORT || "3100";
const file = path.join(TMP_DIR, `e2e-${port}.db`);
freshDatabase(file);

const server = spawnServer({ port, file });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
