import { describe, expect, it } from "vitest";
import { retentionByWeek, trueRetention, type ProgressReview } from "@/lib/progress";

const now = new Date("2025-03-31T12:00:00Z");
const review = (over: Partial<ProgressReview>): ProgressReview => ({
  reviewedAt: new Date("2025-03-30T12:00:00Z"),
  rating: 3,
  stateBefore: 2,
  elapsedDays: 5,
  factId: "f",
  ...over,
});

describe("trueRetention", () => {
  it("splits young and mature at 21 days and counts Hard as a pass", () => {
    const reviews = [
      review({ elapsedDays: 3, rating: 1 }),
      review({ elapsedDays: 10, rating: 2 }),
      review({ elapsedDays: 20, rating: 4 }),
      review({ elapsedDays: 21, rating: 3 }),
      review({ elapsedDays: 60, rating: 1 }),
    ];
    expect(trueRetention(reviews, now)).toEqual({
      young: { passed: 2, total: 3, rate: 2 / 3 },
      mature: { passed: 1, total: 2, rate: 0.5 },
      all: { passed: 3, total: 5, rate: 0.6 },
    });
  });

  it("counts only reviews of cards that were in the review state", () => {
    const reviews = [
      review({ stateBefore: 0, rating: 1 }),
      review({ stateBefore: 1, rating: 1 }),
      review({ stateBefore: 3, rating: 1 }),
      review({ stateBefore: 2, rating: 3 }),
    ];
    expect(trueRetention(reviews, now).all).toEqual({ passed: 1, total: 1, rate: 1 });
  });

  it("keeps reviews within the last N × 24 hours, both ends included", () => {
    const reviews = [
      review({ reviewedAt: new Date("2025-03-01T12:00:00Z") }), // exactly 30 days before now
      review({ reviewedAt: new Date("2025-03-01T11:59:59Z"), rating: 1 }), // one second too old
      review({ reviewedAt: new Date("2025-03-31T12:00:00Z") }), // now
      review({ reviewedAt: new Date("2025-03-31T12:00:01Z"), rating: 1 }), // in the future
    ];
    expect(trueRetention(reviews, now).all).toEqual({ passed: 2, total: 2, rate: 1 });
    expect(trueRetention(reviews, now, 7).all).toEqual({ passed: 1, total: 1, rate: 1 });
  });

  it("has a null rate where there is nothing to count", () => {
    expect(trueRetention([review({ elapsedDays: 2 })], now)).toEqual({
      young: { passed: 1, total: 1, rate: 1 },
      mature: { passed: 0, total: 0, rate: null },
      all: { passed: 1, total: 1, rate: 1 },
    });
    expect(trueRetention([], now).all.rate).toBeNull();
  });
});

describe("retentionByWeek", () => {
  const keyOf = (d: Date) => d.toISOString().slice(0, 10);
  const at = (day: string, over: Partial<ProgressReview> = {}) => review({ reviewedAt: new Date(`${day}T12:00:00Z`), ...over });

  it("puts each review in its 7-day block counted back from today, oldest block first", () => {
    const weeks = retentionByWeek(
      [at("2025-03-31"), at("2025-03-25", { rating: 1 }), at("2025-03-24"), at("2025-03-18", { rating: 2 }), at("2025-03-17", { rating: 1 })],
      keyOf,
      "2025-03-31",
      3,
    );
    expect(weeks).toEqual([
      { start: "2025-03-11", passed: 0, total: 1, rate: 0 },
      { start: "2025-03-18", passed: 2, total: 2, rate: 1 },
      { start: "2025-03-25", passed: 1, total: 2, rate: 0.5 },
    ]);
  });

  it("leaves out learning steps, reviews before the window and after today", () => {
    const weeks = retentionByWeek([at("2025-03-30", { stateBefore: 1 }), at("2025-01-01"), at("2025-04-02")], keyOf, "2025-03-31", 2);
    expect(weeks.map((w) => w.total)).toEqual([0, 0]);
    expect(weeks.every((w) => w.rate === null)).toBe(true);
  });
});
