// The one Prisma client, over a driver adapter chosen by DATABASE_URL: better-sqlite3 for file:
// URLs (the embedded default), pg for postgres:// URLs. Cached on globalThis outside production so
// hot reload does not open a new connection on every edit.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import pg from "pg";
import { AppSQLiteAdapter } from "@/lib/db-adapter";
import { isReadOnlyConnection } from "@/lib/db-errors";
import { env, isPostgres } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";

type Connection = { client: PrismaClient; sqlite: AppSQLiteAdapter | null; postgres: pg.Pool | null };

function createConnection(): Connection {
  if (isPostgres(env.DATABASE_URL)) {
    // One pool for Prisma and the fast paths. An idle connection the server drops (a restart) is
    // just discarded; the next query opens a new one.
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
    pool.on("error", () => undefined);
    const client = new PostgresClient({ adapter: new PrismaPg(pool) });
    // Both clients are generated from one data model (scripts/db-schema.mjs), so their query API
    // is the same; the app is typed against the SQLite one.
    return { client: client as unknown as PrismaClient, sqlite: null, postgres: pool };
  }
  // timeout: how long a writer waits on a locked database before SQLITE_BUSY.
  const sqlite = new AppSQLiteAdapter({ url: env.DATABASE_URL, timeout: 5000 });
  return { client: new PrismaClient({ adapter: sqlite }), sqlite, postgres: null };
}

const globalForPrisma = globalThis as unknown as { prisma?: Connection };

const connection = globalForPrisma.prisma ?? createConnection();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = connection;

export const db: PrismaClient = connection.client;

type SqliteWork<T> = (client: Database.Database) => T;

async function onSqlite<T>(run: (sqlite: AppSQLiteAdapter) => Promise<{ value: T } | null>): Promise<{ value: T } | null> {
  if (!connection.sqlite) return null;
  for (let tries = 0; tries < 2; tries++) {
    const done = await run(connection.sqlite);
    if (done) return done;
    await db.$connect();
  }
  throw new Error("the SQLite connection closed while a query waited for it");
}

// The few hot paths where Prisma's own cost per query (most of a millisecond) is most of the request
// run prepared statements on Prisma's own connections instead: synchronous ones on SQLite's, named
// ones on PostgreSQL's pool. Each helper answers null on the other engine.

/** Reads with `work` alone on the SQLite connection. */
export function readOnSqlite<T>(work: SqliteWork<T>): Promise<{ value: T } | null> {
  return onSqlite((sqlite) => sqlite.exclusive(work));
}

/** Writes with `work` in a transaction of its own savepoint, committed with the writes queued beside it. */
export function writeOnSqlite<T>(work: SqliteWork<T>): Promise<{ value: T } | null> {
  return onSqlite((sqlite) => sqlite.commitGrouped(work));
}

/**
 * SQLite opens a file it cannot write read-only, and that connection stays read-only after the
 * file is writable again. Dropping it lets the next query open a fresh one: recovery without a restart.
 */
export async function dropReadOnlyConnection(error: unknown): Promise<void> {
  if (isReadOnlyConnection(error)) await db.$disconnect().catch(() => undefined);
}

/** Runs `work` with PostgreSQL's pool (the one Prisma uses). */
export async function onPostgres<T>(work: (pool: pg.Pool) => Promise<T>): Promise<{ value: T } | null> {
  return connection.postgres ? { value: await work(connection.postgres) } : null;
}
