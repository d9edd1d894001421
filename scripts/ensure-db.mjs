// npm run db:migrate: creates the database when missing and applies every pending migration with
// Prisma Migrate (history kept in Prisma's own _prisma_migrations table), on whichever engine
// DATABASE_URL names: a file: URL (SQLite) or a postgres:// URL (PostgreSQL). Idempotent, so
// `npm start` runs it on every start.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, postgresDatabaseName, withPostgresDatabase } from "../lib/database-url.mjs";
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

export async function ensureDatabase(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  if (isPostgresUrl(url)) {
    await createPostgresDatabase(url);
  } else if (url.startsWith("file:")) {
    fs.mkdirSync(path.dirname(path.resolve(url.slice("file:".length))), { recursive: true });
  } else {
    throw new Error(`DATABASE_URL must be a file: or postgres:// URL, got ${url}`);
  }
  if (runPrisma(["migrate", "deploy"], { DATABASE_URL: url }) !== 0) throw new Error("prisma migrate deploy failed");
  if (!isPostgresUrl(url)) {
    // WAL lets readers run while a review is written; the mode is stored in the file itself.
    const db = new Database(path.resolve(url.slice("file:".length)));
    db.pragma("journal_mode = WAL");
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureDatabase().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
