// Study streaks: runs of consecutive days with at least one review.
import { addDays } from "@/lib/time/calendar";

export type Streaks = { current: number; longest: number; reviewedToday: boolean };

/**
 * Days after `todayKey` are ignored (a clock or time-zone change can produce them), and duplicates
 * are fine. The current streak survives a today without reviews yet: the day is not over, and
 * showing 0 each morning would punish the learner for opening the dashboard before studying.
 */
export function computeStreaks(dayKeysWithReviews: Iterable<string>, todayKey: string): Streaks {
  const days = new Set<string>();
  for (const key of dayKeysWithReviews) if (key <= todayKey) days.add(key);

  const reviewedToday = days.has(todayKey);
  let current = 0;
  let cursor = reviewedToday ? todayKey : addDays(todayKey, -1);
  while (days.has(cursor)) {
    current++;
    cursor = addDays(cursor, -1);
  }

  // "YYYY-MM-DD" sorts lexically in calendar order.
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of [...days].sort()) {
    run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return { current, longest, reviewedToday };
}
