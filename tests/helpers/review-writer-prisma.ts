// The review write through Prisma, kept as the tests' reference for the app's two writers
// (lib/db/engine-sqlite.ts, lib/db/engine-postgres.ts): what Prisma itself stores for a review plan,
// in its own column formats, is what they must store. It was the app's writer until the prepared
// statements replaced it on the hot path: read the card, then one batch transaction that moves the
// card only from the version read and appends the review; a resent key is looked for after a conflict.
// The learner's parameters in force are read through Prisma as the app's other readers read them.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { learnerWeights, planReview, STALE_CARD_MESSAGE, type ReviewInput, type ReviewOutcome } from "@/lib/srs/review-plan";

const reviewSelect = { id: true, factId: true, questionId: true, rating: true, isCorrect: true, reviewedAt: true } as const;

class StaleCard extends Error {}

/** A client key taken (P2002), or no card left at the version that was read (P2025). */
function isWriteConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2002" || error.code === "P2025");
}

export async function recordReviewWithPrisma(db: PrismaClient, input: ReviewInput): Promise<ReviewOutcome> {
  try {
    return await writeReview(db, input);
  } catch (error) {
    if (!isWriteConflict(error) && !(error instanceof StaleCard)) throw error;
    // The same key sent again or raced in: answer as the first one did. Otherwise the card moved.
    const earlier = await db.review.findUnique({
      where: { userId_clientKey: { userId: input.userId, clientKey: input.clientKey } },
      select: { ...reviewSelect, card: true },
    });
    if (earlier) {
      const { card, ...review } = earlier;
      return { ok: true, replayed: true, card, review };
    }
    const card = await db.card.findUnique({ where: { userId_factId: { userId: input.userId, factId: input.factId } } });
    return { ok: false, status: 409, code: "stale_card", message: STALE_CARD_MESSAGE, card };
  }
}

async function writeReview(db: PrismaClient, input: ReviewInput): Promise<ReviewOutcome> {
  const card = await db.card.findUnique({ where: { userId_factId: { userId: input.userId, factId: input.factId } } });
  // The parameters in force as lib/srs/memory-model reads them: the newest row by fittedAt, then id.
  const parameters = await db.learnerParameters.findFirst({
    where: { userId: input.userId },
    orderBy: [{ fittedAt: "desc" }, { id: "desc" }],
    select: { id: true, weights: true },
  });
  const plan = planReview(card, input, learnerWeights(parameters));
  if (!plan) throw new StaleCard();
  if (!card) {
    const { reviews, ...created } = await db.card.create({
      data: { userId: input.userId, factId: input.factId, ...plan.after, version: 1, reviews: { create: plan.review } },
      include: { reviews: { select: reviewSelect } },
    });
    const stored = reviews[0];
    if (!stored) throw new Error(`review ${input.clientKey} was not stored`);
    return { ok: true, replayed: false, card: created, review: stored };
  }
  // Both or neither: the card moves only from the version read above (else P2025), and a taken
  // client key (P2002) undoes the move.
  const [saved, stored] = await db.$transaction([
    db.card.update({ where: { id: card.id, userId: input.userId, version: plan.version }, data: { ...plan.after, version: plan.version + 1 } }),
    db.review.create({ data: { ...plan.review, cardId: card.id }, select: reviewSelect }),
  ]);
  return { ok: true, replayed: false, card: saved, review: stored };
}
