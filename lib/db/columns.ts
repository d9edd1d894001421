// The columns of every table, for the hand-written SQL (the fast paths, the bench's bulk seed, the
// browser tests' direct reads), with the kind of value each holds, and the codecs that turn a value
// into each engine's stored form and back, as Prisma's adapters store them. Every table here is held
// to Prisma's generated row type: a column added to the schema fails `npm run typecheck` until it is
// listed (tests/unit/db-columns.test.ts shows it). Plain module (no server-only): the bench and the
// browser tests' helpers use it too.
import type {
  AccountToken,
  Answer,
  Assignment,
  Attempt,
  Card,
  Class,
  DueExtension,
  Game,
  GameAnswer,
  GamePlayer,
  LearnerParameters,
  Membership,
  OAuthAccount,
  RateLimit,
  Review,
  ReviewUndo,
  TeacherFact,
  TeacherQuestion,
  User,
} from "@/lib/generated/prisma/client";

export type ColumnKind = "text" | "int" | "float" | "bool" | "timestamp";

/** The kinds a TypeScript field type may be stored as: a Date is a timestamp, a boolean a bool. */
type KindOf<T> = [T] extends [Date] ? "timestamp" : [T] extends [boolean] ? "bool" : [T] extends [number] ? "int" | "float" : [T] extends [string] ? "text" : never;

/** Exactly the columns of row type M, each with a kind its type allows. */
export type ColumnsOf<M> = { readonly [K in keyof M]-?: KindOf<NonNullable<M[K]>> };

const columns = <M>() => <const T extends ColumnsOf<M>>(table: T & Record<Exclude<keyof T, keyof M>, never>) => table;

export const TABLES = {
  User: columns<User>()({
    id: "text", email: "text", name: "text", passwordHash: "text", role: "text", timeZone: "text", dayStartHour: "int", desiredRetention: "float",
    newPerDay: "int", reviewsPerDay: "int", sessionVersion: "int", emailVerifiedAt: "timestamp", pendingEmail: "text",
    createdAt: "timestamp", updatedAt: "timestamp",
  }),
  AccountToken: columns<AccountToken>()({
    id: "text", userId: "text", purpose: "text", tokenHash: "text", email: "text", issuedById: "text", expiresAt: "timestamp", usedAt: "timestamp", createdAt: "timestamp",
  }),
  Card: columns<Card>()({
    id: "text", userId: "text", factId: "text", due: "timestamp", stability: "float", difficulty: "float", elapsedDays: "int", scheduledDays: "int",
    learningSteps: "int", reps: "int", lapses: "int", state: "int", lastReview: "timestamp", suspended: "bool", version: "int", createdAt: "timestamp",
  }),
  Review: columns<Review>()({
    id: "text", userId: "text", cardId: "text", factId: "text", questionId: "text", clientKey: "text", rating: "int", isCorrect: "bool", origin: "text",
    stateBefore: "int", elapsedDays: "int", timeMs: "int", reviewedAt: "timestamp", timeZone: "text", dayStartHour: "int",
    replacesId: "text", parametersId: "text",
  }),
  LearnerParameters: columns<LearnerParameters>()({ id: "text", userId: "text", weights: "text", reviewCount: "int", logLoss: "float", fittedAt: "timestamp" }),
  Class: columns<Class>()({ id: "text", teacherId: "text", name: "text", joinCode: "text", createdAt: "timestamp", archivedAt: "timestamp" }),
  DueExtension: columns<DueExtension>()({ id: "text", assignmentId: "text", userId: "text", dueAt: "timestamp", createdAt: "timestamp" }),
  Membership: columns<Membership>()({ id: "text", classId: "text", userId: "text", joinedAt: "timestamp" }),
  Assignment: columns<Assignment>()({
    id: "text", classId: "text", title: "text", kind: "text", dueAt: "timestamp", createdAt: "timestamp", questionIds: "text", attemptsAllowed: "int",
    lateCounts: "bool", topicId: "text", targetRecall: "float",
  }),
  Attempt: columns<Attempt>()({
    id: "text", learnerId: "text", userId: "text", assignmentId: "text", mode: "text", questionIds: "text", createdAt: "timestamp", completedAt: "timestamp",
  }),
  Answer: columns<Answer>()({
    id: "text", attemptId: "text", questionId: "text", response: "text", isCorrect: "bool", prompt: "text", given: "text", expected: "text",
    clientKey: "text", timeMs: "int", createdAt: "timestamp",
  }),
  ReviewUndo: columns<ReviewUndo>()({ reviewId: "text", undoneAt: "timestamp" }),
  OAuthAccount: columns<OAuthAccount>()({ id: "text", userId: "text", provider: "text", providerAccountId: "text" }),
  RateLimit: columns<RateLimit>()({ key: "text", count: "int", windowStart: "timestamp", blockedUntil: "timestamp" }),
  TeacherFact: columns<TeacherFact>()({
    id: "text", classId: "text", topicId: "text", statement: "text", sourceTitle: "text", sourcePublisher: "text", sourceDate: "text", sourceUrl: "text",
    quote: "text", createdAt: "timestamp", updatedAt: "timestamp",
  }),
  TeacherQuestion: columns<TeacherQuestion>()({
    id: "text", classId: "text", contentFactId: "text", teacherFactId: "text", type: "text", body: "text", retiredAt: "timestamp", clientKey: "text",
    createdAt: "timestamp", updatedAt: "timestamp",
  }),
  Game: columns<Game>()({
    id: "text", pin: "text", hostId: "text", classId: "text", title: "text", questionIds: "text", phase: "text", questionIndex: "int", openedAt: "timestamp",
    closesAt: "timestamp", pausedRemainingMs: "int", questionMs: "int", speedBonus: "bool", streaks: "bool", version: "int", lastActivityAt: "timestamp",
    createdAt: "timestamp", endedAt: "timestamp",
  }),
  GamePlayer: columns<GamePlayer>()({
    id: "text", gameId: "text", nickname: "text", nicknameKey: "text", userId: "text", tokenHash: "text", removed: "bool", joinedAt: "timestamp", learnerId: "text",
  }),
  GameAnswer: columns<GameAnswer>()({
    id: "text", gameId: "text", playerId: "text", questionIndex: "int", questionId: "text", given: "text", isCorrect: "bool", points: "int", ms: "int", createdAt: "timestamp",
  }),
};

export type TableName = keyof typeof TABLES;
export type Column<T extends TableName> = keyof (typeof TABLES)[T] & string;

/** A table's column names, in the schema's order. */
export const columnNames = <T extends TableName>(table: T): Column<T>[] => Object.keys(TABLES[table]) as Column<T>[];

/** The kind of one column. */
export const kindOf = <T extends TableName>(table: T, column: Column<T>): ColumnKind => (TABLES[table] as Record<string, ColumnKind>)[column] as ColumnKind;

// SQLite, as @prisma/adapter-better-sqlite3 stores values: a DateTime as ISO text with "+00:00"
// (stored dates compare as text), a Boolean as 0/1.

export const toSqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");
export const fromSqliteDate = (text: string) => new Date(text);

export type SqliteValue = string | number | bigint | null;
export type ColumnValue = string | number | boolean | Date | null;

export function toSqlite(kind: ColumnKind, value: ColumnValue): SqliteValue {
  if (value === null) return null;
  if (kind === "timestamp") return toSqliteDate(value as Date);
  if (kind === "bool") return value ? 1 : 0;
  return value as string | number;
}

export function fromSqlite(kind: ColumnKind, value: unknown): ColumnValue {
  if (value === null || value === undefined) return null;
  if (kind === "timestamp") return fromSqliteDate(value as string);
  if (kind === "bool") return Number(value) !== 0;
  if (kind === "int" || kind === "float") return Number(value);
  return value as string;
}

/** A row of `table` as read from SQLite, in Prisma's types (the columns read, decoded by their kinds). */
export function rowFromSqlite<T extends TableName, R>(table: T, record: Record<string, unknown>): R {
  const out: Record<string, ColumnValue> = {};
  for (const [name, value] of Object.entries(record)) out[name] = fromSqlite(kindOf(table, name as Column<T>), value);
  return out as R;
}

/** A row of `table` in SQLite's stored form, for named parameters (@column). */
export function rowToSqlite<T extends TableName>(table: T, row: Partial<Record<Column<T>, ColumnValue>>): Record<string, SqliteValue> {
  const out: Record<string, SqliteValue> = {};
  for (const [name, value] of Object.entries(row) as [Column<T>, ColumnValue][]) out[name] = toSqlite(kindOf(table, name), value ?? null);
  return out;
}

// PostgreSQL, as @prisma/adapter-pg stores values: timestamp(3) without a time zone, holding UTC.

export const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;
/** UTC text, so neither the server's nor the process's time zone can shift a date. */
export const toPgTimestamp = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");
export const fromPgTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
/** The value a `pg` query is given for a column of `kind`. */
export const toPostgres = (kind: ColumnKind, value: ColumnValue) => (value instanceof Date ? toPgTimestamp(value) : kind === "timestamp" && value !== null ? String(value) : value);

/** PostgreSQL's type for each kind, for casts such as unnest($1::timestamp(3)[]). */
export const POSTGRES_TYPE: Record<ColumnKind, string> = { text: "text", int: "int4", float: "float8", bool: "bool", timestamp: "timestamp(3)" };

/** Double-quoted, as Prisma names PostgreSQL's tables and columns (CamelCase kept). */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

type PgTypes = { getTypeParser: (oid: number, format?: "text" | "binary") => unknown };

/** For a `pg` pool or query's `types`: timestamps without a zone read as UTC, every other type as `defaults` reads it. */
export function utcTimestampTypes<T extends PgTypes>(defaults: T): T {
  return { getTypeParser: (oid: number, format?: "text" | "binary") => (oid === TIMESTAMP_WITHOUT_TIME_ZONE ? fromPgTimestamp : defaults.getTypeParser(oid, format)) } as T;
}
