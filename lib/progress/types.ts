// The plain shapes the dashboard statistics read. The database layer maps its rows onto these, so
// nothing in lib/progress knows about Prisma or ts-fsrs.

/** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
export type CardState = 0 | 1 | 2 | 3;

/** Again, Hard, Good, Easy. */
export type ReviewRating = 1 | 2 | 3 | 4;

/** A learner's "YYYY-MM-DD" day for an instant, in their time zone and with their day-start hour. */
export type DayKeyOf = (instant: Date) => string;

export type ProgressReview = {
  reviewedAt: Date;
  rating: ReviewRating;
  /** The card's state before this review. */
  stateBefore: CardState;
  /** Whole days since the card's previous review. */
  elapsedDays: number;
  factId: string;
};

export type ProgressCard = {
  factId: string;
  due: Date;
  state: CardState;
  stability: number;
  suspended: boolean;
  lapses: number;
  /** Predicted recall at the dashboard's horizon (lib/srs/recall's recallHorizon), 0..1; null for a card never reviewed. */
  recall: number | null;
};

export type ProgressFact = { id: string; topic: string };
export type ProgressTopic = { id: string; title: string };
export type ProgressEvent = { id: string; date: string; label: string; fact: string };
