// npm run db:migrate: creates the database when missing and applies every pending migration with
// Prisma Migrate (history kept in Prisma's own _prisma_migrations table), on whichever engine
// DATABASE_URL names: a file: URL (SQLite) or a postgres:// URL (PostgreSQL). Idempotent, so
// `npm start` runs it on every start.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, postgresDatabaseName, withPostgresDatabase } from "../lib/db/database-url.mjs";
import { DEFAULT_DATABASE_URL, runPrisma } from "./prisma.mjs";

async function createPostgresDatabase(url) {
  const name = postgresDatabaseName(url);
  const client = new pg.Client({ connectionString: withPostgresDatabase(url, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Another process holds the SQLite file's write lock right now (a running app between its writes does not). */
function isWriteLocked(file) {
  if (!fs.existsSync(file)) return false;
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec("BEGIN IMMEDIATE; ROLLBACK;");
    return false;
  } catch (error) {
    return typeof error?.code === "string" && error.code.startsWith("SQLITE_BUSY");
  } finally {
    db.close();
  }
}

/**
 * Whether every migration in prisma/migrations is recorded as applied in the SQLite file. Read without
 * the write lock (WAL readers never wait), so `npm start` or the seed beside a busy app does not queue
 * for the lock when there is nothing to do.
 */
function sqliteIsCurrent(file) {
  if (!fs.existsSync(file)) return false;
  const dir = path.resolve("prisma", "migrations");
  const wanted = fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")));
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const applied = new Set(
      db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all().map((r) => r.name),
    );
    return wanted.every((name) => applied.has(name));
  } finally {
    db.close();
  }
}

export const LOCKED_MESSAGE = (file) =>
  `Another process holds the database ${file}: its write lock stayed taken for longer than the migration waits (30 s). ` +
  "This is most likely the app itself, busy with requests. Try again in a moment, or stop the app first.";

export async function ensureDatabase(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  if (isPostgresUrl(url)) {
    await createPostgresDatabase(url);
  } else if (url.startsWith("file:")) {
    fs.mkdirSync(path.dirname(path.resolve(url.slice("file:".length))), { recursive: true });
  } else {
    throw new Error(`DATABASE_URL must be a file: or postgres:// URL, got ${url}`);
  }
  const file = url.startsWith("file:") ? path.resolve(url.slice("file:".length)) : null;
  // On SQLite the CLI waits for the write lock (busy_timeout, prisma/cli-adapters.ts): a running app
  // holds it only between its writes.
  if (!(file && sqliteIsCurrent(file)) && runPrisma(["migrate", "deploy"], { DATABASE_URL: url }) !== 0) {
    throw new Error(file && isWriteLocked(file) ? LOCKED_MESSAGE(file) : "prisma migrate deploy failed");
  }
  if (file) {
    // WAL lets readers run while a review is written; the mode is stored in the file itself (and
    // asking for it again when it is set already would queue for the lock beside a busy app).
    const db = new Database(file, { timeout: 30_000 });
    if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureDatabase().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
