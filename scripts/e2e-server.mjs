// The server Playwright starts: the production build on 127.0.0.1, on a throwaway database that
// is made fresh for every run: a SQLite file under .tmp/, or, when E2E_DATABASE_URL names one, a
// PostgreSQL database whose name ends in _test (dropped and created again).
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { authEnv } from "./auth-env.mjs";
import { ensureDatabase, isPostgresUrl } from "./ensure-db.mjs";

const port = process.env.E2E_PORT || "3100";
const dir = path.resolve(".tmp");
fs.mkdirSync(dir, { recursive: true });

export function e2eDatabaseUrl() {
  return process.env.E2E_DATABASE_URL || `file:${path.join(dir, `e2e-${port}.db`)}`;
}

async function resetDatabase(url) {
  if (!isPostgresUrl(url)) {
    const file = url.slice("file:".length);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    return;
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name.endsWith("_test")) throw new Error(`refusing to reset ${name}: test databases end in _test`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}

/** Starts one production server on a prepared database; several may share it (two instances). */
export function startServer(serverPort, url, extraEnv = {}) {
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", serverPort, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: {
      ...process.env,
      ...authEnv({ dir, url: `http://127.0.0.1:${serverPort}` }),
      DATABASE_URL: url,
      // Lets tests move the clock per request (multi-day journeys); lib/env refuses it off test databases.
      OVERFLIGHT_TEST_CLOCK: "1",
      NODE_ENV: "production",
      ...extraEnv,
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  return server;
}

export async function prepareDatabase(url) {
  await resetDatabase(url);
  process.env.DATABASE_URL = url;
  await ensureDatabase();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = e2eDatabaseUrl();
  await prepareDatabase(url);
  const server = startServer(port, url);
  server.on("exit", (code) => process.exit(code ?? 0));
}
