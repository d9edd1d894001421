// The one rule for predicted recall (lib/srs/recall.ts), as a specification.
import { describe, expect, it } from "vitest";
import { factRecall, predictRecall, summarizeRecall, type RecallCard } from "@/lib/srs/recall";
import { newCardState, retrievability, reviewCard, type CardState } from "@/lib/srs/scheduler";

const T0 = new Date("2026-01-10T12:00:00Z");
const DAY = 86_400_000;
const later = (days: number) => new Date(T0.getTime() + days * DAY);
const learned: CardState = reviewCard(newCardState(T0), 3, T0, { desiredRetention: 0.9, enableFuzz: false });
const neverReviewed: CardState = newCardState(T0);

describe("a fact's predicted recall", () => {
  it("is the card's FSRS retrievability at the instant asked", () => {
    expect(factRecall(learned, later(3))).toBe(retrievability(learned, later(3)));
    expect(factRecall(learned, T0)).toBe(1);
  });

  it("falls as the instant it is judged at moves on (now, in 7 days, at a due date)", () => {
    const now = factRecall(learned, later(1)) ?? 0;
    const inAWeek = factRecall(learned, later(8)) ?? 1;
    expect(inAWeek).toBeLessThan(now);
  });

  it("is null with no card, or a card never reviewed", () => {
    expect(factRecall(undefined, T0)).toBeNull();
    expect(factRecall(null, T0)).toBeNull();
    expect(factRecall(neverReviewed, later(1))).toBeNull();
  });
});

describe("the predicted recall of a set (a topic's facts, one fact across a class)", () => {
  it("is the mean over the whole set, an unstudied pair counting 0, with how many were studied", () => {
    expect(summarizeRecall([0.9, 0.5, null, null])).toEqual({ count: 4, studied: 2, recall: 0.35 });
  });

  it("is 0 when nothing was studied, and null only for an empty set", () => {
    expect(summarizeRecall([null, null])).toEqual({ count: 2, studied: 0, recall: 0 });
    expect(summarizeRecall([])).toEqual({ count: 0, studied: 0, recall: null });
  });

  it("judges each card at the instant given", () => {
    const at = later(5);
    const r = retrievability(learned, at) ?? 0;
    expect(predictRecall([learned, undefined, neverReviewed, learned], at)).toEqual({ count: 4, studied: 2, recall: (2 * r) / 4 });
  });

  it("gives a class the same figure whether averaged by fact or by student", () => {
    // Two students by three facts: the mean of the per-fact class figures equals the mean of the students' topic figures.
    const grid: (RecallCard | undefined)[][] = [
      [learned, undefined, reviewCard(learned, 1, later(2), { desiredRetention: 0.9, enableFuzz: false })],
      [undefined, learned, neverReviewed],
    ];
    const at = later(4);
    const byStudent = grid.map((row) => predictRecall(row, at).recall ?? 0);
    const byFact = [0, 1, 2].map((f) => predictRecall(grid.map((row) => row[f]), at).recall ?? 0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(byFact)).toBeCloseTo(mean(byStudent), 12);
  });
});
