// True retention, as Anki's add-on and stats define it: the pass rate of reviews of cards that were
// in the review state, split at 21 days because mature memories are what the schedule is tuned for.
import { addDays, countDaysBetween } from "@/lib/time/calendar";
import type { ProgressReview } from "./types";

export type Rate = { passed: number; total: number; rate: number | null };
export type TrueRetention = { young: Rate; mature: Rate; all: Rate };

/** Cards last seen at least this many days before the review count as mature (Anki's line). */
export const MATURE_AFTER_DAYS = 21;
const MS_PER_DAY = 86_400_000;

/**
 * Counts reviews made in the `days` × 24 h up to and including `now`, both ends inclusive; later
 * ones are ignored. Learning and relearning steps are left out: they test minutes-old memories and
 * would flatter the figure.
 */
export function trueRetention(
  reviews: Iterable<Pick<ProgressReview, "reviewedAt" | "rating" | "stateBefore" | "elapsedDays">>,
  now: Date,
  days = 30,
): TrueRetention {
  const end = now.getTime();
  const start = end - days * MS_PER_DAY;
  const young = { passed: 0, total: 0 };
  const mature = { passed: 0, total: 0 };
  for (const review of reviews) {
    const at = review.reviewedAt.getTime();
    if (review.stateBefore !== 2 || at < start || at > end) continue;
    const bucket = review.elapsedDays >= MATURE_AFTER_DAYS ? mature : young;
    bucket.total++;
    // Hard is a pass: the learner remembered, with effort.
    if (review.rating > 1) bucket.passed++;
  }
  return {
    young: toRate(young.passed, young.total),
    mature: toRate(mature.passed, mature.total),
    all: toRate(young.passed + mature.passed, young.total + mature.total),
  };
}

function toRate(passed: number, total: number): Rate {
  return { passed, total, rate: total === 0 ? null : passed / total };
}

export type RetentionWeek = Rate & { /** Day key of the week's first day. */ start: string };

/**
 * True retention week by week, oldest first, `weeks` long and ending with the week that holds
 * `todayKey` (weeks run back from today in whole 7-day blocks, so the last one is always current).
 * Same rule as trueRetention: reviews of cards in the review state, Hard or better passes.
 */
export function retentionByWeek(
  reviews: Iterable<Pick<ProgressReview, "reviewedAt" | "rating" | "stateBefore">>,
  dayKeyOf: (instant: Date) => string,
  todayKey: string,
  weeks = 12,
): RetentionWeek[] {
  const count = Math.max(0, Math.floor(weeks));
  const buckets = Array.from({ length: count }, () => ({ passed: 0, total: 0 }));
  for (const review of reviews) {
    if (review.stateBefore !== 2) continue;
    const back = countDaysBetween(dayKeyOf(review.reviewedAt), todayKey);
    if (back < 0) continue;
    const index = count - 1 - Math.floor(back / 7);
    const bucket = buckets[index];
    if (!bucket) continue;
    bucket.total++;
    if (review.rating > 1) bucket.passed++;
  }
  return buckets.map((b, i) => ({ start: addDays(todayKey, -7 * (count - 1 - i) - 6), ...toRate(b.passed, b.total) }));
}
