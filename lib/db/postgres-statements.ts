// Shared by the PostgreSQL fast paths (the engine in ./index.ts): named statements, which each pooled
// connection prepares once, with timestamps read as Prisma stores them (./columns).
import pg from "pg";
import { utcTimestampTypes } from "./columns";

const utcTimestamps = utcTimestampTypes(pg.types) as pg.CustomTypesConfig;

export type Named = { name: string; text: string };

/** A query that each connection parses and plans once, by name. */
export const named = (name: string, text: string): Named => ({ name: `overflight-${name}`, text });

export async function queryRows<R extends pg.QueryResultRow>(client: pg.Pool | pg.PoolClient, statement: Named, values: unknown[]): Promise<R[]> {
  return (await client.query<R>({ ...statement, values, types: utcTimestamps })).rows;
}
