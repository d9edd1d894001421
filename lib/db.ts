// The one Prisma client, over the better-sqlite3 driver adapter. Cached on globalThis outside
// production so hot reload does not open a new connection on every edit.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

function createPrismaClient(): PrismaClient {
  // timeout: how long a writer waits on a locked database before SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
