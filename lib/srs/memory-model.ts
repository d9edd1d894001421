// Each learner's memory model: the FSRS-6 parameters fitted to their own reviews (./fit), stored as
// append-only LearnerParameters rows (the newest is in force; a reset is a row without weights), when a
// new fit is due, and what the account page says about it. Every query names the user in its `where`.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fitParameters, MIN_REVIEWS_TO_FIT } from "./fit";
import { CRAM, learnerWeights, parseWeights, type LearnerWeights } from "./review-plan";

export type { LearnerWeights };

/** A new fit is due after this many new spaced reviews since the last one... */
export const REFIT_AFTER_REVIEWS = 100;
/** ...or, with at least one new spaced review, once the last fit is this old. */
export const REFIT_AFTER_MS = 24 * 3_600_000;

/**
 * A new row's time: `now`, or just after the newest row when a clock behind it (another instance, a
 * job on the server's clock after a request on a test's) would otherwise put it second.
 */
const after = (latest: { fittedAt: Date } | null, now: Date) =>
  latest && latest.fittedAt.getTime() >= now.getTime() ? new Date(latest.fittedAt.getTime() + 1) : now;

const latestRow = (userId: string) =>
  db.learnerParameters.findFirst({ where: { userId }, orderBy: [{ fittedAt: "desc" }, { id: "desc" }] });

/**
 * The parameters the learner's next review is scheduled with; null: FSRS's defaults. (A review's write
 * reads the same row itself, with the card: lib/db's engine, ./review-plan's learnerWeights.)
 */
export async function currentParameters(userId: string): Promise<LearnerWeights | null> {
  return learnerWeights(await latestRow(userId));
}

type Client = Prisma.TransactionClient | typeof db;

/** The weights of each of these parameter rows of the learner (for replaying a log), by id; `client` may be a transaction. */
export async function weightsIn(client: Client, userId: string, ids: readonly string[]): Promise<Map<string, readonly number[]>> {
  if (ids.length === 0) return new Map();
  const rows = await client.learnerParameters.findMany({ where: { userId, id: { in: [...new Set(ids)] } }, select: { id: true, weights: true } });
  const out = new Map<string, readonly number[]>();
  for (const row of rows) {
    const weights = parseWeights(row.weights);
    if (weights) out.set(row.id, weights);
  }
  return out;
}

/** The learner's parameter rows, oldest first, for their data export (weights read as numbers; null: the defaults). */
export async function listParameters(userId: string) {
  const rows = await db.learnerParameters.findMany({ where: { userId }, orderBy: [{ fittedAt: "asc" }, { id: "asc" }] });
  return rows.map(({ userId: _owner, weights, ...row }) => ({ ...row, weights: parseWeights(weights) }));
}

/** Reviews the optimizer learns from: not undone (a changed rating undoes the original), not cram, a day or more after the card's previous review. */
const spacedWhere = (userId: string) => ({ userId, undo: null, origin: { not: CRAM }, elapsedDays: { gte: 1 } });

export type MemoryModelState =
  | { kind: "fitted"; fittedAt: Date; reviewCount: number; weights: number[] }
  | { kind: "defaults"; spacedReviews: number; reviewsNeeded: number; resetAt: Date | null };

/** What the account page shows: the model in force, or how far the learner is from a fit. */
export async function memoryModelOf(userId: string): Promise<MemoryModelState> {
  const [row, spacedReviews] = await Promise.all([latestRow(userId), db.review.count({ where: spacedWhere(userId) })]);
  const weights = row ? parseWeights(row.weights) : null;
  if (row && weights) return { kind: "fitted", fittedAt: row.fittedAt, reviewCount: row.reviewCount, weights };
  // After a reset the next fit waits for REFIT_AFTER_REVIEWS new ones, as after any fit.
  const needed = row ? Math.max(MIN_REVIEWS_TO_FIT, row.reviewCount + REFIT_AFTER_REVIEWS) : MIN_REVIEWS_TO_FIT;
  return { kind: "defaults", spacedReviews, reviewsNeeded: Math.max(0, needed - spacedReviews), resetAt: row ? row.fittedAt : null };
}

/**
 * Whether a fit of this learner is due: enough spaced reviews, and none stored yet, or REFIT_AFTER_REVIEWS
 * new ones since, or a fitted model older than REFIT_AFTER_MS with any new one (a reset waits for the count).
 */
export async function isFitDue(userId: string, now: Date): Promise<boolean> {
  return (await fitDue(userId, now)).due;
}

async function fitDue(userId: string, now: Date): Promise<{ due: boolean; latestId: string | null }> {
  const [row, spacedReviews] = await Promise.all([latestRow(userId), db.review.count({ where: spacedWhere(userId) })]);
  const latestId = row?.id ?? null;
  if (spacedReviews < MIN_REVIEWS_TO_FIT) return { due: false, latestId };
  if (!row) return { due: true, latestId };
  if (spacedReviews - row.reviewCount >= REFIT_AFTER_REVIEWS) return { due: true, latestId };
  const isOld = now.getTime() - row.fittedAt.getTime() >= REFIT_AFTER_MS;
  return { due: row.weights !== null && spacedReviews > row.reviewCount && isOld, latestId };
}

export type FitOutcome =
  | { stored: true; id: string; reviewCount: number; logLoss: number }
  | { stored: false; reason: "not_due" | "too_few_reviews" | "changed_meanwhile" };

/**
 * Fits the learner's parameters to all their reviews that were not undone and stores them, when a fit is
 * due (checked again here: a queued job may run after another fit). Runs in the background only (lib/jobs).
 */
export async function fitLearner(userId: string, now = new Date()): Promise<FitOutcome> {
  const due = await fitDue(userId, now);
  if (!due.due) return { stored: false, reason: "not_due" };
  const reviews = await db.review.findMany({
    where: { userId, undo: null, origin: { not: CRAM } },
    select: { cardId: true, rating: true, elapsedDays: true, reviewedAt: true },
  });
  const fit = await fitParameters(reviews);
  if (!fit) return { stored: false, reason: "too_few_reviews" };
  // A reset (or another fit) while this one ran wins: the learner's last word stands.
  const row = await db.$transaction(async (tx) => {
    const latest = await tx.learnerParameters.findFirst({ where: { userId }, orderBy: [{ fittedAt: "desc" }, { id: "desc" }], select: { id: true, fittedAt: true } });
    if ((latest?.id ?? null) !== due.latestId) return null;
    return tx.learnerParameters.create({
      data: { userId, weights: JSON.stringify(fit.weights), reviewCount: fit.spacedReviews, logLoss: fit.logLoss, fittedAt: after(latest, now) },
    });
  });
  if (!row) return { stored: false, reason: "changed_meanwhile" };
  return { stored: true, id: row.id, reviewCount: fit.spacedReviews, logLoss: fit.logLoss };
}

/**
 * Back to FSRS's defaults: a row without weights, so later reviews are scheduled with the defaults while
 * earlier ones keep the parameters they had. Resetting a learner already on the defaults stores nothing.
 */
export async function resetParameters(userId: string, now: Date): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const row = await tx.learnerParameters.findFirst({ where: { userId }, orderBy: [{ fittedAt: "desc" }, { id: "desc" }], select: { weights: true, fittedAt: true } });
    if (!row || row.weights === null) return { changed: false };
    const spacedReviews = await tx.review.count({ where: spacedWhere(userId) });
    await tx.learnerParameters.create({ data: { userId, weights: null, reviewCount: spacedReviews, fittedAt: after(row, now) } });
    return { changed: true };
  });
}
