// The signed-in user's public columns read with one prepared statement on SQLite: every request that
// asks who is signed in does this, and through Prisma it was most of a millisecond of CPU.
import "server-only";
import type Database from "better-sqlite3";
import { fromSqliteDate, preparedOn } from "@/lib/sqlite-statements";
import { publicUserSelect, type PublicUser } from "./users";

type UserRecord = Omit<PublicUser, "createdAt"> & { createdAt: string };

const statementsOn = preparedOn((statement) => ({
  byId: statement<[string], UserRecord>(`SELECT ${Object.keys(publicUserSelect).join(", ")} FROM "User" WHERE id = ?`),
}));

export function findPublicUserOnSqlite(client: Database.Database, id: string): PublicUser | null {
  const record = statementsOn(client).byId.get(id);
  return record ? { ...record, createdAt: fromSqliteDate(record.createdAt) } : null;
}
