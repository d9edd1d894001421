// The review write on PostgreSQL, as named statements on Prisma's pool: read the card, plan the
// review, then one statement that moves the card (only from the version read, only if the client key
// is new) and appends the review, both or neither. Two round trips, no connection held between them,
// where Prisma took five queries of most of a millisecond of CPU each. When that statement writes
// nothing, the key was taken (a resend: answer as the first time) or the card moved (409).
import "server-only";
import type pg from "pg";
import type { Card } from "@/lib/generated/prisma/client";
import { named, queryRows, toPgTimestamp } from "@/lib/postgres-statements";
import { plannedRows, planReview, STALE_CARD_MESSAGE, type ReviewInput, type ReviewOutcome, type StoredReview } from "./review-plan";

const CARD = `"id", "userId", "factId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "version", "createdAt"`;
const STATE = `"due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"`;
const REVIEW = `"id", "userId", "cardId", "factId", "questionId", "clientKey", "rating", "isCorrect", "origin", "stateBefore", "elapsedDays", "timeMs", "reviewedAt"`;

const cardByFact = named("card-by-fact", `SELECT ${CARD} FROM "Card" WHERE "userId" = $1 AND "factId" = $2`);
const cardById = named("card-by-id", `SELECT ${CARD} FROM "Card" WHERE "id" = $1 AND "userId" = $2`);
const reviewByKey = named("review-by-key", `SELECT "id", "cardId", "factId", "questionId", "rating", "isCorrect", "reviewedAt" FROM "Review" WHERE "userId" = $1 AND "clientKey" = $2`);

// $1 user, $2 the card's new version, $3 card id, $4-$13 its new state, $14-$24 the review, $25 fact, $26 created.
const STATE_VALUES = `$4::timestamp, $5::float8, $6::float8, $7::int, $8::int, $9::int, $10::int, $11::int, $12::int, $13::timestamp`;
const REVIEW_VALUES = `$14, $1, $3, $15, $16, $17, $18::int, $19::boolean, $20, $21::int, $22::int, $23::int, $24::timestamp`;
const KEY_IS_NEW = `NOT EXISTS (SELECT 1 FROM "Review" WHERE "userId" = $1 AND "clientKey" = $17)`;
const moveCard = named(
  "move-card",
  `WITH moved AS (
     UPDATE "Card" SET (${STATE}, "version") = (${STATE_VALUES}, $2::int)
     WHERE "id" = $3 AND "userId" = $1 AND "version" = $2::int - 1 AND ${KEY_IS_NEW}
     RETURNING "id"
   )
   INSERT INTO "Review" (${REVIEW}) SELECT ${REVIEW_VALUES} FROM moved RETURNING "id"`,
);
// A racing first review of the same card waits on the unique (userId, factId) and then writes nothing.
const createCard = named(
  "create-card",
  `WITH made AS (
     INSERT INTO "Card" ("userId", "version", "id", ${STATE}, "factId", "createdAt")
     SELECT $1, $2::int, $3, ${STATE_VALUES}, $25, $26::timestamp WHERE ${KEY_IS_NEW}
     ON CONFLICT ("userId", "factId") DO NOTHING
     RETURNING "id"
   )
   INSERT INTO "Review" (${REVIEW}) SELECT ${REVIEW_VALUES} FROM made RETURNING "id"`,
);

type ReviewRecord = StoredReview & { cardId: string };

const UNIQUE_VIOLATION = "23505";

export async function recordReviewOnPostgres(pool: pg.Pool, input: ReviewInput): Promise<ReviewOutcome> {
  const [card = null] = await queryRows<Card>(pool, cardByFact, [input.userId, input.factId]);
  const plan = planReview(card, input);
  if (plan) {
    const { card: saved, review } = plannedRows(card, input, plan);
    const r = plan.review;
    const a = plan.after;
    const values = [
      input.userId, saved.version, saved.id,
      toPgTimestamp(a.due), a.stability, a.difficulty, a.elapsedDays, a.scheduledDays, a.learningSteps, a.reps, a.lapses, a.state, a.lastReview && toPgTimestamp(a.lastReview),
      review.id, r.factId, r.questionId, r.clientKey, r.rating, r.isCorrect, r.origin, r.stateBefore, r.elapsedDays, r.timeMs, toPgTimestamp(r.reviewedAt),
    ];
    const written = await queryRows(pool, card ? moveCard : createCard, card ? values : [...values, input.factId, toPgTimestamp(saved.createdAt)]).catch((error: unknown) => {
      // The key taken by a review of another card at the same moment: answered below as a resend.
      if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) return [];
      throw error;
    });
    if (written.length === 1) return { ok: true, replayed: false, card: saved, review };
  }
  // Nothing written: the key was used before (a resend, answered as the first time), or the card moved.
  const [earlier] = await queryRows<ReviewRecord>(pool, reviewByKey, [input.userId, input.clientKey]);
  if (earlier) {
    const { cardId, ...review } = earlier;
    const [itsCard] = await queryRows<Card>(pool, cardById, [cardId, input.userId]);
    if (!itsCard) throw new Error(`review ${earlier.id} has no card`);
    return { ok: true, replayed: true, card: itsCard, review };
  }
  const [current = null] = plan ? await queryRows<Card>(pool, cardByFact, [input.userId, input.factId]) : [card];
  return { ok: false, status: 409, code: "stale_card", message: STALE_CARD_MESSAGE, card: current };
}
