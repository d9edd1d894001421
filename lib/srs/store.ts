// Cards and reviews in the database, for one learner at a time: every query names the user in
// its `where`. Reviews are append-only and idempotent by client key; a card's row is a cache of
// what its reviews produce, guarded by a version so two tabs cannot both move it.
import "server-only";
import { db } from "@/lib/db";
import { Prisma, type Card } from "@/lib/generated/prisma/client";
import { rebuildCard, reviewCard, newCardState, type CardState, type SrsRating } from "./scheduler";

export type CardRow = Card;

export type StoredReview = {
  id: string;
  factId: string;
  questionId: string;
  rating: number;
  isCorrect: boolean | null;
  reviewedAt: Date;
};

export type CardStateColumns = Pick<
  Card,
  "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state" | "lastReview"
>;

export function toCardState(card: CardStateColumns): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState["state"],
    lastReview: card.lastReview,
  };
}

function stateColumns(state: CardState) {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: state.elapsedDays,
    scheduledDays: state.scheduledDays,
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    lastReview: state.lastReview,
  };
}

export async function listCards(userId: string): Promise<Card[]> {
  return db.card.findMany({ where: { userId } });
}

export async function findCard(userId: string, factId: string): Promise<Card | null> {
  return db.card.findUnique({ where: { userId_factId: { userId, factId } } });
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

export type ReviewInput = {
  userId: string;
  factId: string;
  questionId: string;
  clientKey: string;
  rating: SrsRating;
  isCorrect: boolean | null;
  origin: "review" | "flashcard" | "quiz";
  timeMs?: number;
  desiredRetention: number;
  now: Date;
  /** The card version the learner saw; null skips the check (quiz answers count whatever the card is). */
  expectedVersion: number | null;
};

export type ReviewOutcome =
  | { ok: true; replayed: boolean; card: Card; review: StoredReview }
  | { ok: false; status: 409; code: "stale_card"; message: string; card: Card | null };

const reviewSelect = { id: true, factId: true, questionId: true, rating: true, isCorrect: true, reviewedAt: true } as const;

class StaleCard extends Error {}

async function replay(userId: string, clientKey: string): Promise<ReviewOutcome | null> {
  const review = await db.review.findUnique({
    where: { userId_clientKey: { userId, clientKey } },
    select: { ...reviewSelect, card: true },
  });
  if (!review) return null;
  const { card, ...rest } = review;
  return { ok: true, replayed: true, card, review: rest };
}

/**
 * Records one review and moves the card, once per client key; 409 when the card moved since it was shown.
 * A resent key is looked for only when the write fails (its card has moved on, or its key is taken): each
 * Prisma query costs most of a millisecond, so the common case should not pay for the rare one.
 */
export async function recordReview(input: ReviewInput): Promise<ReviewOutcome> {
  try {
    return await writeReview(input);
  } catch (error) {
    if (!isWriteConflict(error) && !(error instanceof StaleCard)) throw error;
    // The same key sent again or raced in: answer as the first one did. Otherwise the card moved.
    const earlier = await replay(input.userId, input.clientKey);
    if (earlier) return earlier;
    return {
      ok: false,
      status: 409,
      code: "stale_card",
      message: "This card changed in another tab or device since it was shown. Here it is as it stands now.",
      card: await findCard(input.userId, input.factId),
    };
  }
}

/** A client key taken (P2002), or no card left at the version that was read (P2025). */
function isWriteConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2025");
}

async function writeReview(input: ReviewInput): Promise<ReviewOutcome> {
  const card = await findCard(input.userId, input.factId);
  const version = card?.version ?? 0;
  if (input.expectedVersion !== null && input.expectedVersion !== version) throw new StaleCard();
  const before = card ? toCardState(card) : newCardState(input.now);
  const after = reviewCard(before, input.rating, input.now, { desiredRetention: input.desiredRetention });
  const elapsedDays = before.lastReview ? Math.max(0, Math.floor((input.now.getTime() - before.lastReview.getTime()) / 86_400_000)) : 0;
  const review = {
    userId: input.userId,
    factId: input.factId,
    questionId: input.questionId,
    clientKey: input.clientKey,
    rating: input.rating,
    isCorrect: input.isCorrect,
    origin: input.origin,
    stateBefore: before.state,
    elapsedDays,
    timeMs: input.timeMs ?? null,
    // The scheduler never goes back in time: a lagging instance's clock must not reorder the log.
    reviewedAt: after.lastReview ?? input.now,
  };
  if (!card) {
    const { reviews, ...created } = await db.card.create({
      data: { userId: input.userId, factId: input.factId, ...stateColumns(after), version: 1, reviews: { create: review } },
      include: { reviews: { select: reviewSelect } },
    });
    const stored = reviews[0];
    if (!stored) throw new Error(`review ${input.clientKey} was not stored`);
    return { ok: true, replayed: false, card: created, review: stored };
  }
  // One batch, both or neither: the card moves only from the version read above (else P2025), and a
  // taken client key (P2002) undoes the move. No lock is held while the event loop serves other requests.
  const [saved, stored] = await db.$transaction([
    db.card.update({ where: { id: card.id, userId: input.userId, version }, data: { ...stateColumns(after), version: version + 1 } }),
    db.review.create({ data: { ...review, cardId: card.id }, select: reviewSelect }),
  ]);
  return { ok: true, replayed: false, card: saved, review: stored };
}

type Client = Prisma.TransactionClient | typeof db;

async function rebuildIn(client: Client, userId: string, cardId: string, desiredRetention: number): Promise<CardState | null> {
  const card = await client.card.findFirst({ where: { id: cardId, userId }, select: { createdAt: true } });
  if (!card) return null;
  const log = await client.review.findMany({
    where: { userId, cardId, undo: null },
    orderBy: { reviewedAt: "asc" },
    select: { rating: true, reviewedAt: true },
  });
  return rebuildCard(
    log.map((r) => ({ rating: r.rating as SrsRating, reviewedAt: r.reviewedAt })),
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

export async function setSuspended(userId: string, factId: string, suspended: boolean): Promise<boolean> {
  const result = await db.card.updateMany({ where: { userId, factId }, data: { suspended, version: { increment: 1 } } });
  return result.count === 1;
}
