// Shared by the SQLite fast paths (lib/db.ts readOnSqlite/writeOnSqlite): statements prepared once
// per connection, and dates written and read the way Prisma's SQLite adapter stores them.
import type Database from "better-sqlite3";

/** ISO text with "+00:00", as the adapter writes a DateTime; stored dates compare as text. */
export const toSqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

export const fromSqliteDate = (text: string) => new Date(text);

/**
 * `build` run once per connection (a reconnect gets fresh statements). Statements made through the
 * `prepare` it is given return numbers, not the BigInts the adapter turns on for its connection.
 */
export function preparedOn<T>(build: (prepare: <P extends unknown[], R>(sql: string) => Database.Statement<P, R>, client: Database.Database) => T) {
  const made = new WeakMap<Database.Database, T>();
  return (client: Database.Database): T => {
    let statements = made.get(client);
    if (!statements) {
      statements = build(<P extends unknown[], R>(sql: string) => client.prepare<P, R>(sql).safeIntegers(false), client);
      made.set(client, statements);
    }
    return statements;
  };
}
