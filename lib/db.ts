// The one Prisma client, over the better-sqlite3 driver adapter. Cached on globalThis outside
// production so hot reload does not open a new connection on every edit.
import "server-only";
import { AppSQLiteAdapter } from "@/lib/db-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isReadOnlyConnection } from "@/lib/db-errors";
import { env } from "@/lib/env";

function createPrismaClient(): PrismaClient {
  // timeout: how long a writer waits on a locked database before SQLITE_BUSY.
  const adapter = new AppSQLiteAdapter({ url: env.DATABASE_URL, timeout: 5000 });
  return new PrismaClient({ adapter });
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
