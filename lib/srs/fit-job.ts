// The background fit of a learner's memory model: queued after their reviews when one is due, run by
// lib/jobs outside any request (pg-boss on PostgreSQL, so it runs once across instances).
import "server-only";
import { backgroundQueue } from "@/lib/jobs";
import { fitLearner, isFitDue } from "./memory-model";

export const FIT_JOB = "fit-memory-model";

const fitQueue = () =>
  backgroundQueue(FIT_JOB, async (userId) => {
    await fitLearner(userId);
  });

/** How often, per learner and instance, a review asks whether a fit is due: counting a learner's reviews on every one was a third of the review route's queries. */
const CHECK_EVERY_REVIEWS = 20;
const CHECK_EVERY_MS = 10 * 60_000;
const lastChecks = new Map<string, { reviews: number; at: number }>();

/**
 * After a review: whether to look for a due fit now. The first review this instance sees of a learner
 * looks, then every 20th or once 10 minutes have passed; a fit waits for 100 new reviews or a day, so
 * it comes at most a few reviews later than if every review looked.
 */
export function shouldCheckFit(userId: string, now = Date.now()): boolean {
  const last = lastChecks.get(userId);
  if (last && last.reviews + 1 < CHECK_EVERY_REVIEWS && now - last.at < CHECK_EVERY_MS) {
    last.reviews++;
    return false;
  }
  // Forget the longest-idle learners first (Map keeps insertion order), so the table stays small.
  lastChecks.delete(userId);
  if (lastChecks.size >= 10_000) lastChecks.delete(lastChecks.keys().next().value as string);
  lastChecks.set(userId, { reviews: 0, at: now });
  return true;
}

/**
 * Queues a fit of the learner when one is due (enough spaced reviews, the last fit stale). For after the
 * response (next/server's `after`): it reads the database, and it never throws, so it cannot fail a review.
 */
export async function requestFitIfDue(userId: string, now = new Date()): Promise<void> {
  try {
    if (await isFitDue(userId, now)) await fitQueue().enqueue(userId);
  } catch (error) {
    console.error(`jobs: could not check whether ${userId} needs a fit`, error);
  }
}
