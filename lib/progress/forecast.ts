// The due forecast: how many cards fall due on each of the coming days.
import { addDays, countDaysBetween } from "@/lib/time/calendar";
import type { DayKeyOf, ProgressCard } from "./types";

export type ForecastDay = { day: string; count: number };

/**
 * One entry per day from today, `days` long. Overdue cards land on today because that is when the
 * learner will meet them. New cards have no due date worth showing (the daily new limit decides
 * when they come) and suspended cards never come, so both are left out.
 */
export function dueForecast(
  cards: Iterable<Pick<ProgressCard, "due" | "state" | "suspended">>,
  dayKeyOf: DayKeyOf,
  todayKey: string,
  days = 30,
): ForecastDay[] {
  const length = Math.max(0, Math.floor(days));
  const counts = new Array<number>(length).fill(0);
  for (const card of cards) {
    if (card.suspended || card.state === 0) continue;
    const offset = Math.max(0, countDaysBetween(todayKey, dayKeyOf(card.due)));
    if (offset < length) counts[offset] = (counts[offset] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ day: addDays(todayKey, i), count }));
}
