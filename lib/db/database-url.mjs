// What a database URL names, in one place for the app (lib/env), the Prisma CLI's config, the
// scripts, the bench and the tests: the engine, and whether it is a PostgreSQL test database (its
// name ends in _test), the only kind a test or the bench may drop, reset or serve test clocks on.
// Plain JavaScript, so that scripts run by node without a compiler can import it.

/** A postgres:// or postgresql:// URL; anything else is SQLite's file: or invalid. */
export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(url);

/** The database a PostgreSQL URL names ("overflight_e2e_test"), decoded; "" for none. */
export function postgresDatabaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** A PostgreSQL URL whose database name ends in _test. */
export function isPostgresTestUrl(url) {
  if (!isPostgresUrl(url)) return false;
  try {
    return /^[\w-]+_test$/.test(postgresDatabaseName(url));
  } catch {
    return false;
  }
}

/** Throws unless the URL names a PostgreSQL test database; `doing` says what was refused. */
export function assertPostgresTestUrl(url, doing) {
  if (!isPostgresTestUrl(url)) throw new Error(`refusing to ${doing} ${url.replace(/\/\/[^@/]*@/, "//")}: PostgreSQL test databases end in _test`);
}

/** The URL of database `name` on the same PostgreSQL server as `url`. */
export function withPostgresDatabase(url, name) {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(name)}`;
  return next.toString();
}
