// Shared by the PostgreSQL fast paths (lib/db.ts onPostgres): named statements, which each pooled
// connection prepares once, and timestamps read and written the way Prisma stores them
// (timestamp(3) without a time zone, holding UTC), whatever the server's or the process's zone.
import pg from "pg";

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;

const readUtc = (text: string) => new Date(`${text.replace(" ", "T")}Z`);

const utcTimestamps = {
  getTypeParser: (oid: number, format?: string) => (oid === TIMESTAMP_WITHOUT_TIME_ZONE ? readUtc : pg.types.getTypeParser(oid, format as "text")),
} as pg.CustomTypesConfig;

/** Dates sent as UTC text, so the server's time zone cannot shift them. */
export const toPgTimestamp = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");

export type Named = { name: string; text: string };

/** A query that each connection parses and plans once, by name. */
export const named = (name: string, text: string): Named => ({ name: `overflight-${name}`, text });

export async function queryRows<R extends pg.QueryResultRow>(client: pg.Pool | pg.PoolClient, statement: Named, values: unknown[]): Promise<R[]> {
  return (await client.query<R>({ ...statement, values, types: utcTimestamps })).rows;
}
