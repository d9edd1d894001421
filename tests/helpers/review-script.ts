// The reviews both database writers are given in the tests, and outcomes and rows without what differs
// by design (generated ids, creation times), so what two writers did can be compared.
import type { ReviewInput, ReviewOutcome } from "@/lib/srs/review-plan";

const DAY = 86_400_000;
// The learner's days (stored on each review): the first reviews have none, as rows stored before days were.
const TOKYO = { timeZone: "Asia/Tokyo", dayStartHour: 4 };

/**
 * A first review (the card is made), reviews over days with every rating, a resend, a stale version,
 * a quiz answer (no version), a self-graded flashcard, another fact and another learner's first card.
 */
export function reviewScript(user: string, other: string): ReviewInput[] {
  const start = new Date("2026-03-01T09:00:00.000Z");
  const review = (n: number, over: Partial<ReviewInput>): ReviewInput => ({
    userId: user,
    factId: "fact-a",
    questionId: "q-a",
    clientKey: `key-${n}`,
    rating: 3,
    isCorrect: true,
    origin: "review",
    desiredRetention: 0.9,
    now: new Date(start.getTime() + n * DAY),
    expectedVersion: n,
    ...over,
  });
  return [
    review(0, { rating: 1, isCorrect: false, timeMs: 4200 }),
    review(1, { rating: 3 }),
    review(1, { rating: 3 }), // the same key again
    review(9, { expectedVersion: 1, clientKey: "key-stale" }), // saw version 1, the card is at 2
    review(3, { expectedVersion: 2, rating: 2, timeMs: 15_000, day: TOKYO }),
    review(7, { expectedVersion: null, origin: "quiz", rating: 4, clientKey: "quiz:attempt:q-a:fact-a", day: TOKYO }),
    review(20, { expectedVersion: 4, origin: "flashcard", isCorrect: null, rating: 4, day: TOKYO }),
    review(2, { factId: "fact-b", questionId: "q-b", expectedVersion: 0, clientKey: "b-0", day: { timeZone: "America/New_York", dayStartHour: 0 } }),
    review(2, { userId: other, expectedVersion: 0, clientKey: "key-0" }), // another learner may reuse a key
    review(40, { expectedVersion: 5, rating: 1, isCorrect: false }),
  ];
}

export function comparable(outcome: ReviewOutcome) {
  if (!outcome.card) return outcome;
  const { id: _cardId, createdAt: _created, ...card } = outcome.card;
  if (!outcome.ok) return { ...outcome, card };
  const { id: _reviewId, ...stored } = outcome.review;
  return { ...outcome, card, review: stored };
}

type Row = Record<string, unknown>;

/** Card and review rows as read from a database, without ids (a review names its card by user/fact). */
export function comparableRows(cards: Row[], reviews: Row[]) {
  const ids = new Map(cards.map((c) => [c.id, `${String(c.userId)}/${String(c.factId)}`]));
  return {
    cards: cards.map(({ id: _id, createdAt: _createdAt, ...card }) => card),
    reviews: reviews.map(({ id: _id, cardId, ...r }) => ({ ...r, card: ids.get(cardId) })),
  };
}
