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
