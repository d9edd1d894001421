// Read-only looks into the server's SQLite file: row counts before and after a request, rows a
// check expects, and SQLite's own integrity check. Never writes.
import Database from "better-sqlite3";

export type Counts = Record<string, number>;

export class DbReader {
  private readonly db: Database.Database;
  private readonly countAll: Database.Statement;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = this.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name")
      .pluck()
      .all() as string[];
    this.countAll = this.db.prepare(`SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}`);
  }

  counts(): Counts {
    return this.countAll.get() as Counts;
  }

  all<T>(sql: string, ...params: unknown[]): T[] {
    return this.db.prepare(sql).all(...params) as T[];
  }

  value<T>(sql: string, ...params: unknown[]): T {
    return this.db.prepare(sql).pluck().get(...params) as T;
  }

  integrity(): string {
    return (this.db.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  }

  close(): void {
    this.db.close();
  }
}

/** Tables whose counts differ between two snapshots, apart from the ones allowed to move. */
export function changedTables(before: Counts, after: Counts, allowed: readonly string[] = []): string[] {
  return Object.keys(after).filter((t) => !allowed.includes(t) && before[t] !== after[t]);
}
