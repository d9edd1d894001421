// Driver adapters for the Prisma 6.19 migrate CLI (prisma.migrate.config.ts), which runs offline only through the
// WebAssembly schema engine. Tooling only: the app builds its own adapters in lib/db/index.ts.
import { PrismaBetterSQLite3 } from "@prisma6/adapter-better-sqlite3";
import { PrismaPg } from "@prisma6/adapter-pg";
import pg from "pg";
import { isPostgresUrl } from "../lib/db/database-url.mjs";

/** How long a migration or the seed waits for SQLite's write lock before giving up: a busy app releases it between writes. */
export const SQLITE_WAIT_MS = 30_000;

/**
 * The schema engine reads PostgreSQL's catalog, whose columns have the types name (19) and
 * "char" (18) and their arrays, which @prisma/adapter-pg 6.19 refuses to deserialize. Reporting
 * them as text, bpchar and text[] lets `migrate deploy` run; values are unchanged.
 */
const CATALOG_TYPES: Record<number, number> = { 19: 25, 18: 1042, 1003: 1009, 1002: 1014 };

/** A pool whose query results report catalog types the adapter can read. */
function catalogFriendlyPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  // The adapter calls query(config, values) and awaits the result; only that path is patched.
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    return result.then((res: pg.QueryResult) => {
      for (const field of res?.fields ?? []) field.dataTypeID = CATALOG_TYPES[field.dataTypeID] ?? field.dataTypeID;
      return res;
    });
  };
  return pool;
}

export function cliAdapter(url: string) {
  // timeout (busy_timeout): wait this long for the write lock a running app holds between its writes.
  if (!isPostgresUrl(url)) return new PrismaBetterSQLite3({ url, timeout: SQLITE_WAIT_MS });
  return new PrismaPg(catalogFriendlyPool(url));
}
