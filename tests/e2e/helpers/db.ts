// Direct access to the e2e server's throwaway database, to check what a request wrote (and, in
// one test, to set up a state the app cannot reach by itself). Works on SQLite and PostgreSQL:
// tests write SQL with SQLite's `?` placeholders and bare CamelCase names; for PostgreSQL the
// placeholders become $1.. and the schema's table and column names (lib/db/columns) are quoted, as
// Prisma created them; timestamps are read with the app's codec.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl } from "../../../lib/db/database-url.mjs";
import { quoteIdent, TABLES, utcTimestampTypes } from "../../../lib/db/columns";

/** The e2e server's database, as a DATABASE_URL. */
export const url = process.env.E2E_DATABASE_URL || `file:${path.resolve(".tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`)}`;
const isPostgres = isPostgresUrl(url);
let pool: pg.Pool | undefined;

/** Names PostgreSQL folds to lower case unless quoted: every table, and every column with a capital. */
const QUOTED = new Set([...Object.keys(TABLES), ...Object.values(TABLES).flatMap((t) => Object.keys(t))].filter((n) => n !== n.toLowerCase()));

function toPostgres(sql: string): string {
  let n = 0;
  // String literals ('...') and names already quoted ("...") pass through untouched; only the SQL
  // around them is rewritten.
  return sql
    .split(/('(?:[^']|'')*'|"[^"]*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\?/g, () => `$${++n}`)
            .replace(/\b[A-Za-z_]\w*\b/g, (name) => (QUOTED.has(name) ? quoteIdent(name) : name)),
    )
    .join("");
}

async function run<T>(sql: string, params: unknown[], write: boolean): Promise<T[]> {
  if (isPostgres) {
    if (!pool) {
      pool = new pg.Pool({
        connectionString: url,
        max: 2,
        // Prisma keeps UTC in timestamp(3) columns without a zone: read them as UTC, not local time.
        types: utcTimestampTypes(pg.types),
      });
      // An idle connection dropped by a server restart (the outage test) is discarded, not fatal.
      pool.on("error", () => undefined);
    }
    return (await pool.query(toPostgres(sql), params)).rows as T[];
  }
  const db = new Database(url.slice("file:".length), { readonly: !write, fileMustExist: true, timeout: 5000 });
  try {
    const statement = db.prepare(sql);
    if (write) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as T[];
  } finally {
    db.close();
  }
}

export async function countRows(sql: string, ...params: unknown[]): Promise<number> {
  const [row] = await run<{ n: number | string }>(sql, params, false);
  return Number(row?.n ?? 0);
}

export function readRows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]> {
  return run<T>(sql, params, false);
}

/** Writes straight to the database, to set up a state the app cannot reach by itself (e.g. content edited since). */
export async function runSql(sql: string, ...params: unknown[]): Promise<void> {
  await run(sql, params, true);
}
