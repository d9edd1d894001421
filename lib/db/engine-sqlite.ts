// The hot paths on SQLite, as prepared statements on Prisma's own connection (./sqlite-adapter lends
// it under its lock). The review write is one synchronous transaction (a savepoint of a group commit):
// look for the client key, read the card and the learner's parameters in force, plan, move or make the
// card and append the review. Through Prisma the same took five queries of most of a millisecond each,
// and the parameters a sixth; here it is tens of microseconds, and nothing else can run in between, so
// the replay and version checks need no retry.
import "server-only";
import type Database from "better-sqlite3";
import type { Card, Review, User } from "@/lib/generated/prisma/client";
import { columnNames, rowFromSqlite, rowToSqlite } from "./columns";
import type { Engine, ParametersRow, ReviewWrite, ReviewWriteOutcome, UserColumn } from "./engine";
import type { AppSQLiteAdapter } from "./sqlite-adapter";
import { preparedOn } from "./sqlite-statements";

const CARD = columnNames("Card");
const REVIEW = columnNames("Review");
const list = (names: readonly string[]) => names.map((c) => `"${c}"`).join(", ");
const params = (names: readonly string[]) => names.map((c) => `@${c}`).join(", ");

type Row = Record<string, unknown>;

const statementsOn = preparedOn((statement, client) => {
  const s = {
    reviewByKey: statement<[string, string], Row>(`SELECT ${list(REVIEW)} FROM "Review" WHERE "userId" = ? AND "clientKey" = ?`),
    cardById: statement<[string, string], Row>(`SELECT ${list(CARD)} FROM "Card" WHERE "id" = ? AND "userId" = ?`),
    cardByFact: statement<[string, string], Row>(`SELECT ${list(CARD)} FROM "Card" WHERE "userId" = ? AND "factId" = ?`),
    parametersInForce: statement<[string], ParametersRow>(
      `SELECT "id", "weights" FROM "LearnerParameters" WHERE "userId" = ? ORDER BY "fittedAt" DESC, "id" DESC LIMIT 1`,
    ),
    insertCard: statement<[Row], never>(`INSERT INTO "Card" (${list(CARD)}) VALUES (${params(CARD)})`),
    updateCard: statement<[Row], never>(
      `UPDATE "Card" SET ${CARD.filter((c) => c !== "id").map((c) => `"${c}" = @${c}`).join(", ")} WHERE "id" = @id AND "userId" = @userId`,
    ),
    insertReview: statement<[Row], never>(`INSERT INTO "Review" (${list(REVIEW)}) VALUES (${params(REVIEW)})`),
  };
  // Alone it is an IMMEDIATE transaction; inside a group commit, a savepoint.
  const transaction = client.transaction((write: ReviewWrite) => writeReview(s, write));
  const users = new Map<string, Database.Statement<[string], Row>>();
  const userById = (columns: readonly string[]) => {
    const key = columns.join(",");
    let found = users.get(key);
    if (!found) users.set(key, (found = statement<[string], Row>(`SELECT ${list(columns)} FROM "User" WHERE "id" = ?`)));
    return found;
  };
  return { ...s, write: (write: ReviewWrite) => transaction.immediate(write), userById };
});

type Statements = Omit<ReturnType<typeof statementsOn>, "write" | "userById">;

const toCard = (r: Row) => rowFromSqlite<"Card", Card>("Card", r);
const toReview = (r: Row) => rowFromSqlite<"Review", Review>("Review", r);

function writeReview(s: Statements, write: ReviewWrite): ReviewWriteOutcome {
  const earlier = s.reviewByKey.get(write.userId, write.clientKey);
  if (earlier) {
    const review = toReview(earlier);
    const card = s.cardById.get(review.cardId, write.userId);
    if (!card) throw new Error(`review ${review.id} has no card`);
    return { ok: true, replayed: true, card: toCard(card), review };
  }
  const record = s.cardByFact.get(write.userId, write.factId);
  const card = record ? toCard(record) : null;
  const planned = write.plan(card, s.parametersInForce.get(write.userId) ?? null);
  if (!planned) return { ok: false, card };
  (card ? s.updateCard : s.insertCard).run(rowToSqlite("Card", planned.card));
  s.insertReview.run(rowToSqlite("Review", planned.review));
  return { ok: true, replayed: false, ...planned };
}

/** Records one review on the SQLite connection `client` (tests call it directly); see Engine.recordReview. */
export function recordReviewOnSqlite(client: Database.Database, write: ReviewWrite): ReviewWriteOutcome {
  return statementsOn(client).write(write);
}

/** One user's columns on the SQLite connection `client`; see Engine.findUser. */
export function findUserOnSqlite<K extends UserColumn>(client: Database.Database, id: string, columns: readonly K[]): Pick<User, K> | null {
  const record = statementsOn(client).userById(columns).get(id);
  return record ? rowFromSqlite<"User", Pick<User, K>>("User", record) : null;
}

/**
 * The engine over the app's adapter. The adapter answers null when Prisma has no connection open (it
 * connects on its first query, and again after a read-only connection was dropped): `connect` opens one.
 */
export function sqliteEngine(adapter: AppSQLiteAdapter, connect: () => Promise<void>): Engine {
  async function onConnection<T>(run: () => Promise<{ value: T } | null>): Promise<T> {
    for (let tries = 0; tries < 2; tries++) {
      const done = await run();
      if (done) return done.value;
      await connect();
    }
    throw new Error("the SQLite connection closed while a query waited for it");
  }
  return {
    recordReview: (write) => onConnection(() => adapter.commitGrouped((client) => recordReviewOnSqlite(client, write))),
    findUser: (id, columns) => onConnection(() => adapter.exclusive((client) => findUserOnSqlite(client, id, columns))),
    // The review write reads the card inside its transaction, where nothing can move it in between.
    findUserWithCard: (id, columns) => onConnection(() => adapter.exclusive((client) => ({ user: findUserOnSqlite(client, id, columns), read: null }))),
  };
}
