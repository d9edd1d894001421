// The one Prisma client, over a driver adapter chosen by DATABASE_URL: better-sqlite3 for file:
// URLs (the embedded default), pg for postgres:// URLs. Cached on globalThis outside production so
// hot reload does not open a new connection on every edit.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";
import { env, isPostgres } from "@/lib/env";

function createPrismaClient(): PrismaClient {
  if (isPostgres(env.DATABASE_URL)) {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }) });
    // Both clients are generated from one data model (scripts/db-schema.mjs), so their query API
    // is the same; the app is typed against the SQLite one.
    return client as unknown as PrismaClient;
  }
  // timeout: how long a writer waits on a locked database before SQLITE_BUSY.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
