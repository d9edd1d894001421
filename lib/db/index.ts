// Persistence in one place. The one Prisma client, over a driver adapter chosen by DATABASE_URL
// (better-sqlite3 for file: URLs, the embedded default; pg for postgres:// URLs), and the engine's hot
// paths behind one interface (./engine), both chosen once, here, at start-up. Cached on globalThis
// outside production so hot reload does not open a new connection on every edit.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env, isPostgres } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";
import type { Engine } from "./engine";
import { postgresEngine } from "./engine-postgres";
import { sqliteEngine } from "./engine-sqlite";
import { isReadOnlyConnection } from "./errors";
import { AppSQLiteAdapter } from "./sqlite-adapter";

type Connection = { client: PrismaClient; engine: Engine };

function createConnection(): Connection {
  if (isPostgres(env.DATABASE_URL)) {
    // One pool for Prisma and the fast paths. An idle connection the server drops (a restart) is
    // just discarded; the next query opens a new one.
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
    pool.on("error", () => undefined);
    const client = new PostgresClient({ adapter: new PrismaPg(pool) });
    // Both clients are generated from one data model (scripts/db-schema.mjs), so their query API
    // is the same; the app is typed against the SQLite one.
    return { client: client as unknown as PrismaClient, engine: postgresEngine(pool) };
  }
  // timeout: how long a writer waits on a locked database before SQLITE_BUSY.
  const sqlite = new AppSQLiteAdapter({ url: env.DATABASE_URL, timeout: 5000 });
  const client = new PrismaClient({ adapter: sqlite });
  return { client, engine: sqliteEngine(sqlite, () => client.$connect()) };
}

const globalForPrisma = globalThis as unknown as { prisma?: Connection };

const connection = globalForPrisma.prisma ?? createConnection();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = connection;

export const db: PrismaClient = connection.client;

/** The hot paths on the engine in use (see ./engine). */
export const engine: Engine = connection.engine;


/**
 * SQLite opens a file it cannot write read-only, and that connection stays read-only after the
 * file is writable again. Dropping it lets the next query open a fresh one: recovery without a restart.
 */
export async function dropReadOnlyConnection(error: unknown): Promise<void> {
  if (isReadOnlyConnection(error)) await db.$disconnect().catch(() => undefined);
}
