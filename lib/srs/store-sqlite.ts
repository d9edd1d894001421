// The review write on SQLite, as prepared statements in one synchronous IMMEDIATE transaction: look
// for the client key, read the card, plan the review, move the card and append the review. Through
// Prisma the same took five queries at most of a millisecond each; here it is tens of microseconds,
// and nothing else can run in between, so the replay and version checks need no retry.
import "server-only";
import type Database from "better-sqlite3";
import type { Card } from "@/lib/generated/prisma/client";
import { fromSqliteDate, preparedOn, toSqliteDate as toText } from "@/lib/sqlite-statements";
import { plannedRows, planReview, STALE_CARD_MESSAGE, type ReviewInput, type ReviewOutcome, type StoredReview } from "./review-plan";

const toTextOrNull = (date: Date | null) => (date ? toText(date) : null);

type CardRecord = Omit<Card, "due" | "lastReview" | "createdAt" | "suspended"> & {
  due: string;
  lastReview: string | null;
  createdAt: string;
  suspended: number;
};
type ReviewRecord = Omit<StoredReview, "isCorrect" | "reviewedAt"> & { cardId: string; isCorrect: number | null; reviewedAt: string };

const toCard = (r: CardRecord): Card => ({
  ...r,
  due: fromSqliteDate(r.due),
  lastReview: r.lastReview === null ? null : fromSqliteDate(r.lastReview),
  createdAt: fromSqliteDate(r.createdAt),
  suspended: r.suspended !== 0,
});

const toStoredReview = ({ cardId: _cardId, ...r }: ReviewRecord): StoredReview => ({
  ...r,
  isCorrect: r.isCorrect === null ? null : r.isCorrect !== 0,
  reviewedAt: fromSqliteDate(r.reviewedAt),
});

const CARD_COLUMNS = `id, userId, factId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, suspended, version, createdAt`;

const statementsOn = preparedOn((statement, client) => {
  const s = {
    reviewByKey: statement<[string, string], ReviewRecord>(
      `SELECT id, cardId, factId, questionId, rating, isCorrect, reviewedAt FROM "Review" WHERE userId = ? AND clientKey = ?`,
    ),
    cardById: statement<[string, string], CardRecord>(`SELECT ${CARD_COLUMNS} FROM "Card" WHERE id = ? AND userId = ?`),
    cardByFact: statement<[string, string], CardRecord>(`SELECT ${CARD_COLUMNS} FROM "Card" WHERE userId = ? AND factId = ?`),
    insertCard: statement<unknown[], never>(
      `INSERT INTO "Card" (${CARD_COLUMNS}) VALUES (@id, @userId, @factId, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state, @lastReview, 0, @version, @createdAt)`,
    ),
    updateCard: statement<unknown[], never>(
      `UPDATE "Card" SET due = @due, stability = @stability, difficulty = @difficulty, elapsedDays = @elapsedDays, scheduledDays = @scheduledDays,
         learningSteps = @learningSteps, reps = @reps, lapses = @lapses, state = @state, lastReview = @lastReview, version = @version
       WHERE id = @id AND userId = @userId`,
    ),
    insertReview: statement<unknown[], never>(
      `INSERT INTO "Review" (id, userId, cardId, factId, questionId, clientKey, rating, isCorrect, origin, stateBefore, elapsedDays, timeMs, reviewedAt)
       VALUES (@id, @userId, @cardId, @factId, @questionId, @clientKey, @rating, @isCorrect, @origin, @stateBefore, @elapsedDays, @timeMs, @reviewedAt)`,
    ),
  };
  // Alone it is an IMMEDIATE transaction; inside a group commit, a savepoint.
  const transaction = client.transaction((input: ReviewInput) => writeReview(s, input));
  return { ...s, write: (input: ReviewInput) => transaction.immediate(input) };
});

type Statements = Omit<ReturnType<typeof statementsOn>, "write">;

function writeReview(s: Statements, input: ReviewInput): ReviewOutcome {
  const earlier = s.reviewByKey.get(input.userId, input.clientKey);
  if (earlier) {
    const card = s.cardById.get(earlier.cardId, input.userId);
    if (!card) throw new Error(`review ${earlier.id} has no card`);
    return { ok: true, replayed: true, card: toCard(card), review: toStoredReview(earlier) };
  }
  const record = s.cardByFact.get(input.userId, input.factId);
  const card = record ? toCard(record) : null;
  const plan = planReview(card, input);
  if (!plan) return { ok: false, status: 409, code: "stale_card", message: STALE_CARD_MESSAGE, card };
  const { card: saved, review } = plannedRows(card, input, plan);
  const columns = { ...saved, due: toText(saved.due), lastReview: toTextOrNull(saved.lastReview), createdAt: toText(saved.createdAt) };
  if (card) s.updateCard.run(columns);
  else s.insertCard.run(columns);
  s.insertReview.run({
    ...plan.review,
    id: review.id,
    cardId: saved.id,
    isCorrect: plan.review.isCorrect === null ? null : Number(plan.review.isCorrect),
    reviewedAt: toText(plan.review.reviewedAt),
  });
  return { ok: true, replayed: false, card: saved, review };
}

/** Records one review on the SQLite connection `client`; see recordReview in ./store for the contract. */
export function recordReviewOnSqlite(client: Database.Database, input: ReviewInput): ReviewOutcome {
  return statementsOn(client).write(input);
}
