// Cards and reviews in the database, for one learner at a time: every query names the user in
// its `where`. Reviews are append-only and idempotent by client key; a card's row is a cache of
// what its reviews produce, guarded by a version so two tabs cannot both move it.
import "server-only";
import { db, engine } from "@/lib/db";
import type { Card, Prisma } from "@/lib/generated/prisma/client";
import { reviewWrite, stateColumns, toCardState, toReviewOutcome, type ReviewInput, type ReviewOutcome } from "./review-plan";
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
    where: { userId, reviewedAt: { gte: dayStart }, undo: null },
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
    where: { userId, cardId, undo: null },
    orderBy: { reviewedAt: "asc" },
    select: { rating: true, reviewedAt: true, timeZone: true, dayStartHour: true },
  });
  return rebuildCard(
    log.map((r) => ({
      rating: r.rating as SrsRating,
      reviewedAt: r.reviewedAt,
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
    where: { userId, undo: null },
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
    where: { userId, undo: null },
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
      where: { review: { userId } },
      orderBy: { undoneAt: "desc" },
      select: { undoneAt: true, review: { select: { factId: true, questionId: true } } },
    }),
    db.review.findFirst({ where: { userId, undo: null }, orderBy: { reviewedAt: "desc" }, select: { reviewedAt: true } }),
  ]);
  if (!undone || (graded && graded.reviewedAt.getTime() >= undone.undoneAt.getTime())) return null;
  return undone.review;
}

export async function setSuspended(userId: string, factId: string, suspended: boolean): Promise<boolean> {
  const result = await db.card.updateMany({ where: { userId, factId }, data: { suspended, version: { increment: 1 } } });
  return result.count === 1;
}
