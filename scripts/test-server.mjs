// The production build on 127.0.0.1 against a throwaway database: the server the Playwright
// journeys, the two-instance test and the reliability suite run against. The database is a SQLite
// file under .tmp/, or a PostgreSQL database whose name ends in _test.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { authEnv } from "./auth-env.mjs";
import { ensureDatabase, isPostgresUrl } from "./ensure-db.mjs";
import { nextStartArgs } from "./next-start.mjs";

export const TMP_DIR = path.resolve(".tmp");

/** A SQLite file path or a database URL, as a database URL. */
export function databaseUrl(target) {
  return isPostgresUrl(target) || target.startsWith("file:") ? target : `file:${target}`;
}

async function dropPostgresDatabase(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name.endsWith("_test")) throw new Error(`refusing to reset ${name}: test databases end in _test`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Deletes the database (a SQLite file and its WAL companions, or a PostgreSQL test database), then creates and migrates it afresh. */
export async function freshDatabase(target) {
  const url = databaseUrl(target);
  if (isPostgresUrl(url)) {
    await dropPostgresDatabase(url);
  } else {
    const file = url.slice("file:".length);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  }
  await ensureDatabase(url);
  return url;
}

/** `next start` on the port, using the database as it is; extra env wins over the defaults. */
export function spawnServer({ port, file, url, env = {}, stdio = "inherit" }) {
  return spawn(process.execPath, nextStartArgs({ port, host: "127.0.0.1" }), {
    stdio,
    env: {
      ...process.env,
      ...authEnv({ dir: TMP_DIR, url: `http://127.0.0.1:${port}` }),
      DATABASE_URL: url ?? databaseUrl(file),
      // Lets tests move the clock per request (multi-day journeys); lib/env refuses it off test databases.
      OVERFLIGHT_TEST_CLOCK: "1",
      NODE_ENV: "production",
      ...env,
    },
  });
}

/** Ends the child servers with this process. */
export function exitWith(servers) {
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => servers.forEach((s) => s.kill(signal)));
  for (const server of servers) server.on("exit", (code) => process.exit(code ?? 0));
}
