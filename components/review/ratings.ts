// The four self-grades of FSRS, their words and their colours, for the review screen.
export const RATINGS = [
  { value: 1, label: "Again", tone: "again" },
  { value: 2, label: "Hard", tone: "hard" },
  { value: 3, label: "Good", tone: "good" },
  { value: 4, label: "Easy", tone: "easy" },
] as const;

export const ratingLabel = (value: number) => RATINGS.find((r) => r.value === value)?.label ?? String(value);
