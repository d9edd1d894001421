// Shared by the SQLite fast paths (the engine in ./index.ts): statements prepared once per
// connection. Values are stored and read with the codecs of ./columns.
import type Database from "better-sqlite3";

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
