// The review heatmap: one cell per day of the last year, shaded by how many reviews the learner did.
import { addDays } from "@/lib/time/calendar";
import type { DayKeyOf, ProgressReview } from "./types";

export type HeatLevel = 0 | 1 | 2 | 3 | 4;
export type HeatCell = { day: string; count: number; level: HeatLevel };
export type Heatmap = { cells: HeatCell[]; total: number; activeDays: number; max: number };

/**
 * Cells run oldest first and end on `todayKey`. Reviews outside the window are left out of every
 * figure, so `total` is the sum of the cells shown.
 */
export function buildHeatmap(
  reviews: Iterable<Pick<ProgressReview, "reviewedAt">>,
  dayKeyOf: DayKeyOf,
  todayKey: string,
  days = 365,
): Heatmap {
  const length = Math.max(0, Math.floor(days));
  const counts = new Map<string, number>();
  for (const review of reviews) {
    const key = dayKeyOf(review.reviewedAt);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  const window: { day: string; count: number }[] = [];
  const first = addDays(todayKey, 1 - length);
  for (let i = 0; i < length; i++) {
    const day = addDays(first, i);
    window.push({ day, count: counts.get(day) ?? 0 });
  }

  const active = window.map((c) => c.count).filter((n) => n > 0);
  const thresholds = findQuartiles(active);
  return {
    cells: window.map((c) => ({ ...c, level: levelOf(c.count, thresholds) })),
    total: active.reduce((sum, n) => sum + n, 0),
    activeDays: active.length,
    max: active.reduce((m, n) => Math.max(m, n), 0),
  };
}

/**
 * Nearest-rank quartiles of the active days' counts. Shading by rank rather than by fractions of
 * the maximum keeps one 300-review cram day from washing every ordinary day out to the palest shade.
 */
function findQuartiles(counts: number[]): [number, number, number] {
  const sorted = [...counts].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return [at(0.25), at(0.5), at(0.75)];
}

function levelOf(count: number, [q1, q2, q3]: [number, number, number]): HeatLevel {
  if (count <= 0) return 0;
  if (count <= q1) return 1;
  if (count <= q2) return 2;
  if (count <= q3) return 3;
  return 4;
}
