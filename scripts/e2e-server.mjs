// The server Playwright starts: the production build on 127.0.0.1, on a throwaway database made
// fresh for every run: a SQLite file under .tmp/, or the PostgreSQL test database that
// E2E_DATABASE_URL names. Beside it, an SMTP sink (tests/helpers/mail-sink.mjs) that the app sends
// its emails to, started and stopped with this process.
import path from "node:path";
import { exitWith, freshDatabase, spawnServer, TMP_DIR } from "./test-server.mjs";
import { mailDir, startMailSink } from "../tests/helpers/mail-sink.mjs";

const port = process.env.E2E_PORT || "3100";
const url = await freshDatabase(process.env.E2E_DATABASE_URL || path.join(TMP_DIR, `e2e-${port}.db`));
const sink = await startMailSink({ dir: mailDir(port) });
exitWith([
  spawnServer({ port, url, env: { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: "Overflight <no-reply@overflight.test>" } }),
]);
