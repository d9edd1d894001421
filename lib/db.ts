// The one Prisma client, over a driver adapter chosen by DATABASE_URL: better-sqlite3 for file:
// URLs (the embedded default), pg for postgres:// URLs. Cached on globalThis outside production so
// hot reload does not open a new connection on every edit.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { AppSQLiteAdapter } from "@/lib/db-adapter";
import { isReadOnlyConnection } from "@/lib/db-errors";
import { env, isPostgres } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";

function createPrismaClient(): PrismaClient {
  if (isPostgres(env.DATABASE_URL)) {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }) });
    // Both clients are generated from one data model (scripts/db-schema.mjs), so their query API
    // is the same; the app is typed against the SQLite one.
    return client as unknown as PrismaClient;
  }
  // timeout: how long a writer waits on a locked database before SQLITE_BUSY.
  return new PrismaClient({ adapter: new AppSQLiteAdapter({ url: env.DATABASE_URL, timeout: 5000 }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/**
 * SQLite opens a file it cannot write read-only, and that connection stays read-only after the
 * file is writable again. Dropping it lets the next query open a fresh one: recovery without a restart.
 */
export async function dropReadOnlyConnection(error: unknown): Promise<void> {
  if (isReadOnlyConnection(error)) await db.$disconnect().catch(() => undefined);
}
