// A review's elapsedDays and the card's: one rule, FSRS's (whole UTC calendar days since the
// previous review), so the review log and the card it built never disagree about the gap.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planReview, type CardStateColumns, type ReviewInput } from "@/lib/srs/review-plan";
import { newCardState, type SrsRating } from "@/lib/srs/scheduler";

const input = (now: Date, rating: SrsRating, expectedVersion: number): ReviewInput => ({
  userId: "u1", factId: "f1", questionId: "q1", clientKey: `k-${now.getTime()}`, rating, isCorrect: rating > 1,
  origin: "review", desiredRetention: 0.9, now, expectedVersion,
});

/** Plays reviews at the times given, returning each review row's elapsedDays beside the card's after it. */
function play(times: Date[], ratings: SrsRating[]) {
  let card: CardStateColumns & { version: number } = { ...newCardState(times[0]!), version: 0 };
  return times.map((now, i) => {
    const plan = planReview(card, input(now, ratings[i % ratings.length]!, card.version))!;
    card = { ...plan.after, version: plan.version + 1 };
    return { review: plan.review.elapsedDays, card: plan.after.elapsedDays };
  });
}

describe("planReview's elapsedDays", () => {
  it("counts calendar days as the card does: 23:00 to 01:00 the next day is one day, not zero", () => {
    const [first, second] = play([new Date("2026-03-01T23:00:00Z"), new Date("2026-03-02T01:00:00Z")], [3]);
    expect(first).toEqual({ review: 0, card: 0 });
    expect(second).toEqual({ review: 1, card: 1 });
  });

  it("agrees with the card's elapsedDays for any sequence of reviews", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.array(fc.integer({ min: 0, max: 40 * 86_400_000 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom<SrsRating>(1, 2, 3, 4), { minLength: 1, maxLength: 8 }),
        (start, gaps, ratings) => {
          let at = start;
          const times = [new Date(at), ...gaps.map((gap) => new Date((at += gap)))];
          for (const step of play(times, ratings)) expect(step.review).toBe(step.card);
        },
      ),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
