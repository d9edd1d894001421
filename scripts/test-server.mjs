// The production build on 127.0.0.1 against a throwaway database: the server the Playwright
// journeys, the two-instance test, the reliability suite and the screenshots run against (and the
// waiting and stopping the bench's servers use too). The database is a SQLite
// file under .tmp/, or a PostgreSQL database whose name ends in _test.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { authEnv } from "./auth-env.mjs";
import { assertPostgresTestUrl, isPostgresUrl, postgresDatabaseName, withPostgresDatabase } from "../lib/db/database-url.mjs";
import { ensureDatabase } from "./ensure-db.mjs";
import { nextStartArgs } from "./next-start.mjs";

export const TMP_DIR = path.resolve(".tmp");

/** A SQLite file path or a database URL, as a database URL. */
export function databaseUrl(target) {
  return isPostgresUrl(target) || target.startsWith("file:") ? target : `file:${target}`;
}

async function dropPostgresDatabase(url) {
  assertPostgresTestUrl(url, "reset");
  const name = postgresDatabaseName(url);
  const client = new pg.Client({ connectionString: withPostgresDatabase(url, "postgres") });
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

/** Waits until the server at origin answers /api/health with 200; throws if it exits first or time runs out. */
export async function waitUntilServing(origin, child, { timeoutMs = 60_000, logFile } = {}) {
  const see = logFile ? `; see ${logFile}` : "";
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}${see}`);
    try {
      const res = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer ${origin}/api/health within ${timeoutMs / 1000} s${see}`);
}

/** Stops the server with the signal and waits for its exit (SIGKILL after 10 s). */
export async function stopServer(child, signal = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Ends the child servers with this process. */
export function exitWith(servers) {
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => servers.forEach((s) => s.kill(signal)));
  for (const server of servers) server.on("exit", (code) => process.exit(code ?? 0));
}
