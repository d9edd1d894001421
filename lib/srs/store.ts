// Cards and reviews in the database, for one learner at a time: every query names the user in
// its `where`. Reviews are append-only and idempotent by client key; a card's row is a cache of
// what its reviews produce, guarded by a version so two tabs cannot both move it.
import "server-only";
import { db, engine } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Card, Prisma } from "@/lib/generated/prisma/client";
import {
  CRAM,
  planCramReview,
  reviewWrite,
  stateColumns,
  storedReview,
  toCardState,
  toReviewOutcome,
  type ReviewInput,
  type ReviewOutcome,
} from "./review-plan";
import { weightsIn } from "./memory-model";
import { rebuildCard, newCardState, type CardState, type SrsRating } from "./scheduler";

export type CardRow = Card;

export { toCardState };

export async function listCards(userId: string): Promise<Card[]> {
  return db.card.findMany({ where: { userId } });
}

/** Counts for today's limits: new cards introduced and review-state cards reviewed since dayStart. */
export async function countToday(userId: string, dayStart: Date) {
  const rows = await db.review.groupBy({
    by: ["stateBefore"],
    // A cram answer is extra work, not one of today's reviews: it takes nothing from the limits.
    where: { userId, reviewedAt: { gte: dayStart }, undo: null, origin: { not: CRAM } },
    _count: { _all: true },
  });
  const count = (state: number) => rows.find((r) => r.stateBefore === state)?._count._all ?? 0;
  return { introducedToday: count(0), reviewedToday: count(2) };
}

export async function lastQuestionFor(userId: string, factId: string): Promise<string | null> {
  const last = await db.review.findFirst({
    where: { userId, factId },
    orderBy: { reviewedAt: "desc" },
    select: { questionId: true },
  });
  return last?.questionId ?? null;
}

/**
 * Records one review and moves the card, once per client key; 409 when the card moved since it was shown.
 * The plan (./review-plan) is stored by the engine's writer (lib/db); tests hold it to what Prisma
 * itself writes (tests/helpers/review-writer-prisma.ts).
 */
export async function recordReview(input: ReviewInput): Promise<ReviewOutcome> {
  return toReviewOutcome(await engine.recordReview(reviewWrite(input)));
}

type Client = Prisma.TransactionClient | typeof db;

async function rebuildIn(client: Client, userId: string, cardId: string, desiredRetention: number): Promise<CardState | null> {
  const card = await client.card.findFirst({ where: { id: cardId, userId }, select: { createdAt: true } });
  if (!card) return null;
  const log = await client.review.findMany({
    where: { userId, cardId, undo: null, origin: { not: CRAM } },
    orderBy: { reviewedAt: "asc" },
    select: { rating: true, reviewedAt: true, parametersId: true, timeZone: true, dayStartHour: true },
  });
  // Each review is replayed with the parameters it was scheduled with (null: the defaults), so a fit
  // or a reset since then does not change what the log rebuilds to.
  const ids = log.flatMap((r) => (r.parametersId ? [r.parametersId] : []));
  const weights = ids.length ? await weightsIn(client, userId, ids) : new Map<string, readonly number[]>();
  return rebuildCard(
    log.map((r) => ({
      rating: r.rating as SrsRating,
      reviewedAt: r.reviewedAt,
      weights: r.parametersId ? (weights.get(r.parametersId) ?? null) : null,
      // Each review replays in the days it was scheduled in: a learner who moves keeps their past as it was.
      day: r.timeZone !== null && r.dayStartHour !== null ? { timeZone: r.timeZone, dayStartHour: r.dayStartHour } : null,
    })),
    { desiredRetention },
    log[0]?.reviewedAt ?? card.createdAt,
  );
}

/** The card rebuilt from its reviews that were not undone, oldest first. */
export function rebuildFromLog(userId: string, cardId: string, desiredRetention: number): Promise<CardState | null> {
  return rebuildIn(db, userId, cardId, desiredRetention);
}

export type UndoOutcome = { ok: true; factId: string; card: Card } | { ok: false; message: string };

/** Undoes the learner's most recent review that is not undone yet, and rebuilds its card. */
export async function undoLastReview(userId: string, desiredRetention: number, now: Date): Promise<UndoOutcome> {
  const last = await db.review.findFirst({
    where: { userId, undo: null, origin: { not: CRAM } },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    select: { id: true, cardId: true, factId: true },
  });
  if (!last) return { ok: false, message: "There is no grade to undo." };
  const card = await db.$transaction(async (tx) => {
    await tx.reviewUndo.create({ data: { reviewId: last.id, undoneAt: now } });
    const state = (await rebuildIn(tx, userId, last.cardId, desiredRetention)) ?? newCardState(now);
    return tx.card.update({ where: { id: last.cardId, userId }, data: { ...stateColumns(state), version: { increment: 1 } } });
  });
  return { ok: true, factId: last.factId, card };
}

/**
 * The grade "Undo" would take back, when it is one given on the review screen (an answer or a
 * flashcard): a quiz's grades are taken back by nothing on that screen, so it offers no undo for them.
 */
export async function findUndoableGrade(userId: string): Promise<{ factId: string; rating: number } | null> {
  const last = await db.review.findFirst({
    where: { userId, undo: null, origin: { not: CRAM } },
    orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
    select: { factId: true, rating: true, origin: true },
  });
  return last && (last.origin === "review" || last.origin === "flashcard") ? { factId: last.factId, rating: last.rating } : null;
}

/**
 * The review undone last, while nothing has been graded since: its card is asked next, by the same
 * question, so undo brings back what the learner saw.
 */
export async function findJustUndone(userId: string): Promise<{ factId: string; questionId: string } | null> {
  const [undone, graded] = await Promise.all([
    db.reviewUndo.findFirst({
      // A review undone by a rating change was replaced, not taken back: nothing to bring back.
      where: { review: { userId, replacedBy: null } },
      orderBy: { undoneAt: "desc" },
      select: { undoneAt: true, review: { select: { factId: true, questionId: true } } },
    }),
    db.review.findFirst({ where: { userId, undo: null }, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } }),
  ]);
  if (!undone || (graded && graded.reviewedAt.getTime() >= undone.undoneAt.getTime())) return null;
  return undone.review;
}

export type RatingChangeOutcome =
  | { ok: true; replayed: boolean; reviewId: string; rating: SrsRating; card: Card }
  | { ok: false; status: 404 | 409 | 422; code: string; message: string };

/** The ratings a learner may give an answer the app graded: a wrong answer stays Again. */
export function allowedRatingsFor(isCorrect: boolean | null): readonly SrsRating[] {
  return isCorrect === false ? [1] : [1, 2, 3, 4];
}

const NOT_CHANGEABLE = { ok: false, status: 409, code: "not_changeable" } as const;

/**
 * The learner's own rating for an answer the app graded ("I guessed": Hard or Again; "that was easy":
 * Easy), logged as the log logs everything: the review is undone (a ReviewUndo) and a new review with
 * the learner's rating takes its place at the same time, naming it (replacesId); the card is rebuilt
 * from the log, as an undo rebuilds it. Only the card's latest review can change, and only once (a
 * second change is a change of the replacement). The same change sent again is answered as the first.
 */
export async function changeRating(
  userId: string,
  reviewId: string,
  rating: SrsRating,
  desiredRetention: number,
  now: Date,
  isRetry = false,
): Promise<RatingChangeOutcome> {
  const review = await db.review.findFirst({ where: { id: reviewId, userId }, include: { undo: true, replacedBy: true } });
  if (!review) return { ok: false, status: 404, code: "unknown_review", message: "That review does not exist." };
  if (review.replacedBy) {
    const card = await db.card.findFirst({ where: { id: review.cardId, userId } });
    if (review.replacedBy.rating === rating && !(await db.reviewUndo.findUnique({ where: { reviewId: review.replacedBy.id } })) && card) {
      return { ok: true, replayed: true, reviewId: review.replacedBy.id, rating, card };
    }
    return { ...NOT_CHANGEABLE, message: "This rating was changed already; change the newer one." };
  }
  if (review.undo) return { ...NOT_CHANGEABLE, message: "This review was undone, so its rating cannot change." };
  if (review.origin !== "review") {
    return { ok: false, status: 422, code: "not_app_graded", message: "Only a rating the app gave an answer can be changed; grade flashcards with the buttons." };
  }
  if (!allowedRatingsFor(review.isCorrect).includes(rating)) {
    return { ok: false, status: 422, code: "wrong_answer_again", message: "A wrong answer stays Again: it was not recalled, however close it was." };
  }
  const later = await db.review.findFirst({
    where: { userId, cardId: review.cardId, undo: null, origin: { not: CRAM }, id: { not: review.id }, reviewedAt: { gte: review.reviewedAt } },
    select: { id: true },
  });
  if (later) return { ...NOT_CHANGEABLE, message: "This card was reviewed again since, so this rating can no longer change." };
  if (review.rating === rating) {
    const card = await db.card.findFirst({ where: { id: review.cardId, userId } });
    if (card) return { ok: true, replayed: true, reviewId: review.id, rating, card };
  }
  try {
    const { id: _id, undo: _undo, replacedBy: _replacedBy, ...kept } = review;
    const result = await db.$transaction(async (tx) => {
      await tx.reviewUndo.create({ data: { reviewId: review.id, undoneAt: now } });
      const replacement = await tx.review.create({
        // One replacement per review (replacesId is unique), so its key is named by the review it replaces.
        data: { ...kept, rating, clientKey: `rating:${review.id}`, replacesId: review.id },
        select: { id: true },
      });
      const state = (await rebuildIn(tx, userId, review.cardId, desiredRetention)) ?? newCardState(now);
      const card = await tx.card.update({ where: { id: review.cardId, userId }, data: { ...stateColumns(state), version: { increment: 1 } } });
      return { reviewId: replacement.id, card };
    });
    return { ok: true, replayed: false, rating, ...result };
  } catch (error) {
    // The same change raced in from another tab: answer as it was answered there.
    if (!isUniqueViolation(error) || isRetry) throw error;
    return changeRating(userId, reviewId, rating, desiredRetention, now, true);
  }
}

/** Each fact's cram answers since `dayStart`, oldest first: who is done in today's cram session. */
export async function listCrammedToday(userId: string, dayStart: Date): Promise<Map<string, number[]>> {
  const rows = await db.review.findMany({
    where: { userId, origin: CRAM, reviewedAt: { gte: dayStart } },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { factId: true, rating: true },
  });
  const byFact = new Map<string, number[]>();
  for (const r of rows) byFact.set(r.factId, [...(byFact.get(r.factId) ?? []), r.rating]);
  return byFact;
}

export type CramOutcome =
  | { ok: true; replayed: boolean; card: Card; review: ReturnType<typeof storedReview> }
  | { ok: false; status: 422; code: string; message: string };

/** Stores one cram answer (planCramReview) once per client key; the card does not move. */
export async function recordCramReview(input: ReviewInput): Promise<CramOutcome> {
  const card = await db.card.findFirst({ where: { userId: input.userId, factId: input.factId } });
  if (!card || card.state === 0) {
    return { ok: false, status: 422, code: "not_studied", message: "Only cards you have studied can be crammed; learn this one in the review first." };
  }
  const byKey = { userId: input.userId, clientKey: input.clientKey };
  const earlier = await db.review.findFirst({ where: byKey });
  if (earlier) return { ok: true, replayed: true, card, review: storedReview(earlier) };
  try {
    const review = await db.review.create({ data: { ...planCramReview(card, input), cardId: card.id } });
    return { ok: true, replayed: false, card, review: storedReview(review) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await db.review.findFirst({ where: byKey });
    if (!raced) throw error;
    return { ok: true, replayed: true, card, review: storedReview(raced) };
  }
}

export async function setSuspended(userId: string, factId: string, suspended: boolean): Promise<boolean> {
  const result = await db.card.updateMany({ where: { userId, factId }, data: { suspended, version: { increment: 1 } } });
  return result.count === 1;
}
