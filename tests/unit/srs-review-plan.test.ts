// A review's elapsedDays and the card's: one rule (whole days since the previous review, in the
// learner's days when the review has them, else UTC calendar days), so the review log and the card it
// built never disagree about the gap; and the learner's days are the ones lib/time counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planReview, type CardStateColumns, type ReviewInput } from "@/lib/srs/review-plan";
import { newCardState, rebuildCard, type SrsRating } from "@/lib/srs/scheduler";
import { addDays, countDaysBetween, parseDayKey } from "@/lib/time/calendar";
import { dayKeyOf, type LearnerDay } from "@/lib/time/learner-day";
import { instantAt } from "@/lib/time/zone";

const input = (now: Date, rating: SrsRating, expectedVersion: number, day?: LearnerDay): ReviewInput => ({
  userId: "u1", factId: "f1", questionId: "q1", clientKey: `k-${now.getTime()}`, rating, isCorrect: rating > 1,
  origin: "review", desiredRetention: 0.9, now, expectedVersion, ...(day ? { day } : {}),
});

/** Plays reviews at the times given, returning each review row's elapsedDays beside the card's after it. */
function play(times: Date[], ratings: SrsRating[], day?: LearnerDay) {
  let card: CardStateColumns & { version: number } = { ...newCardState(times[0]!), version: 0 };
  return times.map((now, i) => {
    const plan = planReview(card, input(now, ratings[i % ratings.length]!, card.version, day), null)!;
    card = { ...plan.after, version: plan.version + 1 };
    return { review: plan.review.elapsedDays, card: plan.after.elapsedDays, row: plan.review, after: plan.after };
  });
}

describe("planReview's elapsedDays", () => {
  it("counts calendar days as the card does: 23:00 to 01:00 the next day is one day, not zero", () => {
    const [first, second] = play([new Date("2026-03-01T23:00:00Z"), new Date("2026-03-02T01:00:00Z")], [3]);
    expect(first).toMatchObject({ review: 0, card: 0 });
    expect(second).toMatchObject({ review: 1, card: 1 });
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

// Zones with whole, half and quarter-hour offsets, both hemispheres' daylight saving, and the date line.
const ZONES = ["UTC", "Asia/Tokyo", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
const learnerDay = fc.record({ timeZone: fc.constantFrom(...ZONES), dayStartHour: fc.integer({ min: 0, max: 23 }) });
const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) });

describe("elapsed days in the learner's days", () => {
  it("falls on one FSRS day either side of local midnight exactly when the day starts later than midnight", () => {
    fc.assert(
      fc.property(
        learnerDay,
        instant,
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom<SrsRating>(1, 2, 3, 4),
        (day, at, lateMinute, earlyMinute, rating) => {
          const date = parseDayKey(dayKeyOf(new Date(at), day.timeZone, 0));
          const next = parseDayKey(addDays(dayKeyOf(new Date(at), day.timeZone, 0), 1));
          const before = instantAt({ ...date, hour: 23, minute: lateMinute }, day.timeZone);
          const after = instantAt({ ...next, hour: 0, minute: earlyMinute }, day.timeZone);
          const [, second] = play([before, after], [3, rating], day);
          expect(second!.review).toBe(day.dayStartHour > 0 ? 0 : 1);
        },
      ),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it("counts the learner days between any two reviews, as lib/time does, and the review row says the same as the card", () => {
    fc.assert(
      fc.property(
        learnerDay,
        instant,
        fc.array(fc.integer({ min: 0, max: 40 * 86_400_000 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom<SrsRating>(1, 2, 3, 4), { minLength: 1, maxLength: 8 }),
        (day, start, gaps, ratings) => {
          let at = start;
          const times = [new Date(at), ...gaps.map((gap) => new Date((at += gap)))];
          const keyOf = (t: Date) => dayKeyOf(t, day.timeZone, day.dayStartHour);
          play(times, ratings, day).forEach((step, i) => {
            expect(step.review).toBe(step.card);
            expect(step.review).toBe(i === 0 ? 0 : countDaysBetween(keyOf(times[i - 1]!), keyOf(times[i]!)));
            expect(step.row).toMatchObject({ timeZone: day.timeZone, dayStartHour: day.dayStartHour });
          });
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it("gives a rebuild from the log, each review with its own days, the card as it was stored", () => {
    fc.assert(
      fc.property(
        fc.array(learnerDay, { minLength: 1, maxLength: 3 }),
        instant,
        fc.array(fc.integer({ min: 0, max: 20 * 86_400_000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom<SrsRating>(1, 2, 3, 4), { minLength: 1, maxLength: 6 }),
        (days, start, gaps, ratings) => {
          let at = start;
          const times = [new Date(at), ...gaps.map((gap) => new Date((at += gap)))];
          // The learner moves between reviews: each review keeps the days it was scheduled in.
          let card: CardStateColumns & { version: number } = { ...newCardState(times[0]!), version: 0 };
          const log = times.map((now, i) => {
            const day = days[i % days.length]!;
            const plan = planReview(card, input(now, ratings[i % ratings.length]!, card.version, day), null)!;
            card = { ...plan.after, version: plan.version + 1 };
            return { rating: plan.review.rating as SrsRating, reviewedAt: plan.review.reviewedAt, day };
          });
          const { version: _version, ...stored } = card;
          expect(rebuildCard(log, { desiredRetention: 0.9 })).toEqual(stored);
        },
      ),
      { seed: 20261205, numRuns: 150 },
    );
  });
});
