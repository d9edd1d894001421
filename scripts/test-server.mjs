// The production build on 127.0.0.1 against a throwaway SQLite database under .tmp/: the server
// the Playwright journeys and the reliability suite run against.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { authEnv } from "./auth-env.mjs";
import { ensureDatabase } from "./ensure-db.mjs";

export const TMP_DIR = path.resolve(".tmp");

/** Deletes the database file and its WAL companions, then creates and migrates it afresh. */
export function freshDatabase(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  ensureDatabase(`file:${file}`);
}

/** `next start` on the port, using the database as it is; extra env wins over the defaults. */
export function spawnServer({ port, file, env = {}, stdio = "inherit" }) {
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio,
    env: {
      ...process.env,
      ...authEnv({ dir: TMP_DIR, url: `http://127.0.0.1:${port}` }),
      DATABASE_URL: `file:${file}`,
      // Lets tests move the clock per request (multi-day journeys); lib/env refuses it off .tmp/.
      OVERFLIGHT_TEST_CLOCK: "1",
      NODE_ENV: "production",
      ...env,
    },
  });
}
