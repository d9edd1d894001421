// The server Playwright starts: the production build on 127.0.0.1, on a throwaway SQLite
// database under .tmp/ that is created fresh for every run.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { authEnv } from "./auth-env.mjs";
import { ensureDatabase } from "./ensure-db.mjs";

const port = process.env.E2E_PORT || "3100";
const dir = path.resolve(".tmp");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `e2e-${port}.db`);
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });

process.env.DATABASE_URL = `file:${file}`;
ensureDatabase();

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: {
    ...process.env,
    ...authEnv({ dir, url: `http://127.0.0.1:${port}` }),
    // Lets tests move the clock per request (multi-day journeys); lib/env refuses it off .tmp/.
    OVERFLIGHT_TEST_CLOCK: "1",
    NODE_ENV: "production",
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
