// npm run db:migrate: creates the SQLite database when missing and applies every pending
// migration with Prisma Migrate (history kept in Prisma's own _prisma_migrations table).
// Idempotent, so `npm start` runs it on every start.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, runPrisma } from "./prisma.mjs";

export function ensureDatabase(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a file: URL, got ${url}`);
  const file = path.resolve(url.slice("file:".length));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (runPrisma(["migrate", "deploy"], { DATABASE_URL: url }) !== 0) {
    throw new Error("prisma migrate deploy failed");
  }
  // WAL lets readers run while a review is written; the mode is stored in the file itself.
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureDatabase();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
