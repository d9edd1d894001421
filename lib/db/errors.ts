// Tells "the database cannot be used right now" (disk unwritable, file locked by another process,
// no space) apart from bugs, so callers can answer 503 and the client can try again later.
const UNAVAILABLE_SQLITE = /^SQLITE_(IOERR|READONLY|BUSY|LOCKED|CANTOPEN|FULL|PERM|NOTADB|CORRUPT|PROTOCOL)/;
// Prisma's codes for an unreachable server, timeouts and a transaction that could not start in time.
const UNAVAILABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);

// PostgreSQL: the server refused or dropped the connection, is shutting down or starting, or has
// no connection to spare (SQLSTATE class 08, 57P0x, 53300; Node's socket errors).
const UNAVAILABLE_POSTGRES = /^(08\d{3}|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE)$/;

export const DATABASE_UNAVAILABLE_MESSAGE = "The database cannot be written to right now, so nothing was saved. Try again in a minute.";

/**
 * The error and what it wraps: its cause and, since Prisma 7 (which reports a driver failure as P2039),
 * the driver adapter's error in `meta.driverAdapterError`, whose cause carries the driver's code as
 * `originalCode`.
 */
function* errorChain(error: unknown): Generator<{ code?: unknown; originalCode?: unknown; message?: unknown; kind?: unknown }> {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    yield e as { code?: unknown };
    const { cause, meta } = e as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    e = cause ?? meta?.driverAdapterError;
  }
}

const codesOf = (e: { code?: unknown; originalCode?: unknown }) => [e.code, e.originalCode].filter((c): c is string => typeof c === "string");

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of errorChain(error)) {
    if (codesOf(e).some((code) => UNAVAILABLE_SQLITE.test(code) || UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_POSTGRES.test(code))) return true;
  }
  return false;
}

/** SQLite opened the file read-only (it was unwritable then) and keeps it so: only a new connection helps. */
export function isReadOnlyConnection(error: unknown): boolean {
  for (const e of errorChain(error)) if (codesOf(e).some((code) => code.startsWith("SQLITE_READONLY"))) return true;
  return false;
}

/**
 * A unique constraint refused the write, however it reached us: Prisma's P2002, PostgreSQL's 23505
 * (a `pg` query), SQLite's SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY (a better-sqlite3 statement).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2002" || code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/**
 * SQLite's write lock stayed taken by another process for longer than the wait allowed (busy_timeout):
 * better-sqlite3's SQLITE_BUSY, which Prisma's adapter reports as a "SocketTimeout" (P1008 on a query).
 */
export function isDatabaseBusy(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const { message, kind } = e;
    if (codesOf(e).some((code) => code.startsWith("SQLITE_BUSY") || code === "P1008") || kind === "SocketTimeout") return true;
    if (typeof message === "string" && /SocketTimeout|SQLITE_BUSY|database is locked/.test(message)) return true;
  }
  return false;
}
