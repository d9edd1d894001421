// The review write on PostgreSQL, as named statements in one transaction on one pooled connection:
// lock the card row, look for the client key, plan the review, then move the card and append the
// review in one statement. Through Prisma the same took five queries of most of a millisecond of CPU
// each. The lock comes before the key look-up, so a resend racing its original waits for it and is
// then answered as a replay, not as a stale card.
import "server-only";
import type pg from "pg";
import type { Card } from "@/lib/generated/prisma/client";
import { newRowId } from "@/lib/ids";
import { named, queryRows, toPgTimestamp } from "@/lib/postgres-statements";
import { planReview, STALE_CARD_MESSAGE, type ReviewInput, type ReviewOutcome, type StoredReview } from "./review-plan";

const CARD = `"id", "userId", "factId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "version", "createdAt"`;
const REVIEW = `"id", "factId", "questionId", "rating", "isCorrect", "reviewedAt"`;

const lockCard = named("lock-card", `SELECT ${CARD} FROM "Card" WHERE "userId" = $1 AND "factId" = $2 FOR UPDATE`);
const reviewByKey = named("review-by-key", `SELECT ${REVIEW}, "cardId" FROM "Review" WHERE "userId" = $1 AND "clientKey" = $2`);
const cardById = named("card-by-id", `SELECT ${CARD} FROM "Card" WHERE "id" = $1 AND "userId" = $2`);
const STATE_VALUES = `$4::timestamp, $5::float8, $6::float8, $7::int, $8::int, $9::int, $10::int, $11::int, $12::int, $13::timestamp`;
const REVIEW_VALUES = `$14, $1, $3, $15, $16, $17, $18::int, $19::boolean, $20, $21::int, $22::int, $23::int, $24::timestamp`;
const REVIEW_COLUMNS = `"id", "userId", "cardId", "factId", "questionId", "clientKey", "rating", "isCorrect", "origin", "stateBefore", "elapsedDays", "timeMs", "reviewedAt"`;
// $1 user, $2 version, $3 card id, $4-$13 the card's new state, $14-$24 the review; the card is locked.
const moveCard = named(
  "move-card",
  `WITH moved AS (
     UPDATE "Card" SET ("due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version")
       = (${STATE_VALUES}, $2::int) WHERE "id" = $3 AND "userId" = $1
   )
   INSERT INTO "Review" (${REVIEW_COLUMNS}) VALUES (${REVIEW_VALUES})`,
);
const createCard = named(
  "create-card",
  `WITH made AS (
     INSERT INTO "Card" ("userId", "version", "id", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "factId", "createdAt")
       VALUES ($1, $2::int, $3, ${STATE_VALUES}, $25, $26::timestamp)
   )
   INSERT INTO "Review" (${REVIEW_COLUMNS}) VALUES (${REVIEW_VALUES})`,
);

type ReviewRecord = StoredReview & { cardId: string };

const UNIQUE_VIOLATION = "23505";

export async function recordReviewOnPostgres(pool: pg.Pool, input: ReviewInput): Promise<ReviewOutcome> {
  const client = await pool.connect();
  try {
    try {
      return await inTransaction(client, () => writeReview(client, input));
    } catch (error) {
      // Two first reviews of a new card raced to create it: the second now finds it, and its key or version.
      if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
      return await inTransaction(client, () => writeReview(client, input));
    }
  } finally {
    client.release();
  }
}

async function inTransaction<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function writeReview(client: pg.PoolClient, input: ReviewInput): Promise<ReviewOutcome> {
  const [card = null] = await queryRows<Card>(client, lockCard, [input.userId, input.factId]);
  const [earlier] = await queryRows<ReviewRecord>(client, reviewByKey, [input.userId, input.clientKey]);
  if (earlier) {
    const { cardId, ...review } = earlier;
    const [itsCard] = cardId === card?.id ? [card] : await queryRows<Card>(client, cardById, [cardId, input.userId]);
    if (!itsCard) throw new Error(`review ${earlier.id} has no card`);
    return { ok: true, replayed: true, card: itsCard, review };
  }
  const plan = planReview(card, input);
  if (!plan) return { ok: false, status: 409, code: "stale_card", message: STALE_CARD_MESSAGE, card };
  const now = new Date();
  const saved: Card = card
    ? { ...card, ...plan.after, version: plan.version + 1 }
    : { id: newRowId(now.getTime()), userId: input.userId, factId: input.factId, ...plan.after, suspended: false, version: 1, createdAt: now };
  const a = plan.after;
  const r = plan.review;
  const review: StoredReview = { id: newRowId(now.getTime()), factId: r.factId, questionId: r.questionId, rating: r.rating, isCorrect: r.isCorrect, reviewedAt: r.reviewedAt };
  const values = [
    input.userId, saved.version, saved.id,
    toPgTimestamp(a.due), a.stability, a.difficulty, a.elapsedDays, a.scheduledDays, a.learningSteps, a.reps, a.lapses, a.state, a.lastReview && toPgTimestamp(a.lastReview),
    review.id, r.factId, r.questionId, r.clientKey, r.rating, r.isCorrect, r.origin, r.stateBefore, r.elapsedDays, r.timeMs, toPgTimestamp(r.reviewedAt),
  ];
  if (card) await queryRows(client, moveCard, values);
  else await queryRows(client, createCard, [...values, input.factId, toPgTimestamp(saved.createdAt)]);
  return { ok: true, replayed: false, card: saved, review };
}
