// The four self-grades of FSRS, their words and their colours, for the review screen.
export const RATINGS = [
  { value: 1, label: "Again", tone: "again" },
  { value: 2, label: "Hard", tone: "hard" },
  { value: 3, label: "Good", tone: "good" },
  { value: 4, label: "Easy", tone: "easy" },
] as const;

export const ratingLabel = (value: number) => RATINGS.find((r) => r.value === value)?.label ?? String(value);

/** The earlier grade that would schedule the same interval as `rating` (Easy "same as Good"), if any. */
export function sameIntervalAs(intervals: Record<number, string>, rating: number): string | null {
  const earlier = RATINGS.find((r) => r.value < rating && intervals[r.value] === intervals[rating]);
  return earlier?.label ?? null;
}
