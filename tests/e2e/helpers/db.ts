// Read-only access to the e2e server's throwaway database, to check what a request wrote.
import path from "node:path";
import Database from "better-sqlite3";

const file = path.resolve(".tmp", `e2e-${process.env.E2E_PORT ?? "3100"}.db`);

export function countRows(sql: string, ...params: unknown[]): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(sql).get(...params) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/** Writes straight to the database, to set up a state the app cannot reach by itself (e.g. content edited since). */
export function runSql(sql: string, ...params: unknown[]): void {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export function readRows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
