// The signed-in user's public columns read with one named statement on PostgreSQL's pool: every
// request that asks who is signed in does this, and through Prisma it was most of a millisecond of CPU.
import "server-only";
import type pg from "pg";
import { named, queryRows } from "@/lib/postgres-statements";
import { publicUserSelect, type PublicUser } from "./users";

const byId = named("public-user", `SELECT ${Object.keys(publicUserSelect).map((c) => `"${c}"`).join(", ")} FROM "User" WHERE "id" = $1`);

export async function findPublicUserOnPostgres(pool: pg.Pool, id: string): Promise<PublicUser | null> {
  const [user] = await queryRows<PublicUser>(pool, byId, [id]);
  return user ?? null;
}
