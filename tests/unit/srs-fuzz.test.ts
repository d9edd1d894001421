import { describe, expect, it } from "vitest";
import { get_fuzz_range } from "ts-fsrs";
import {
  type CardState,
  type ReviewLogEntry,
  type SchedulerOptions,
  type SrsRating,
  newCardState,
  rebuildCard,
  reviewCard,
} from "@/lib/srs/scheduler";

const T0 = new Date("2026-02-01T09:00:00Z");
const FUZZ: SchedulerOptions = { desiredRetention: 0.9, enableFuzz: true };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const after = (from: Date, ms: number) => new Date(from.getTime() + ms);

/** A card the way the database hands it back: dates through ISO strings, numbers through JSON. */
function throughDatabase(card: CardState): CardState {
  const row = JSON.parse(JSON.stringify(card)) as Record<keyof CardState, unknown>;
  return {
    ...card,
    due: new Date(String(row.due)),
    lastReview: row.lastReview === null ? null : new Date(String(row.lastReview)),
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
  };
}

// Ten reviews with lapses, late and early answers, so learning, review and relearning all get fuzzed.
const RATINGS: SrsRating[] = [3, 3, 3, 4, 1, 3, 3, 2, 3, 4];
const DELAYS = [0, 0, 3 * HOUR, 2 * DAY, 5 * DAY, 0, 0, -DAY, 7 * HOUR, 4 * DAY];

/** Reviews one at a time, each at the card's due time plus a delay, as a learner would over weeks. */
function stepByStep(): { log: ReviewLogEntry[]; steps: CardState[] } {
  let card = newCardState(T0);
  let at = T0;
  const log: ReviewLogEntry[] = [];
  const steps: CardState[] = [];
  RATINGS.forEach((rating, i) => {
    log.push({ rating, reviewedAt: at });
    // Stored and reloaded between reviews, as the app does.
    card = throughDatabase(reviewCard(card, rating, at, FUZZ));
    steps.push(card);
    at = after(card.due, DELAYS[i + 1] ?? 0);
  });
  return { log, steps };
}

describe("fuzz", () => {
  const card = rebuildCard(
    [
      { rating: 3, reviewedAt: T0 },
      { rating: 3, reviewedAt: after(T0, 10 * 60_000) },
      { rating: 3, reviewedAt: after(T0, 3 * DAY) },
    ],
    FUZZ,
  );

  it("is on by default and moves intervals within ts-fsrs's fuzz range", () => {
    const plain = reviewCard(card, 3, card.due, { desiredRetention: 0.9, enableFuzz: false }).scheduledDays;
    const { min_ivl, max_ivl } = get_fuzz_range(plain, card.scheduledDays, 36_500);
    const fuzzed = new Set<number>();
    for (let minute = 0; minute < 60; minute++) {
      const days = reviewCard(card, 3, after(card.due, minute * 60_000), { desiredRetention: 0.9 }).scheduledDays;
      expect(days).toBeGreaterThanOrEqual(min_ivl);
      expect(days).toBeLessThanOrEqual(max_ivl);
      fuzzed.add(days);
    }
    expect(fuzzed.size).toBeGreaterThan(1);
  });

  it("gives the same result for the same card state and review time", () => {
    const at = after(card.due, 2 * DAY);
    const first = reviewCard(card, 3, at, FUZZ);
    for (let i = 0; i < 5; i++) {
      expect(reviewCard(throughDatabase(card), 3, new Date(at.getTime()), FUZZ)).toEqual(first);
    }
  });

  it("does not depend on what was scheduled before (no state kept between calls)", () => {
    const at = after(card.due, DAY);
    const alone = reviewCard(card, 4, at, FUZZ);
    reviewCard(card, 4, after(at, HOUR), FUZZ);
    reviewCard(newCardState(T0), 4, T0, FUZZ);
    expect(reviewCard(card, 4, at, FUZZ)).toEqual(alone);
  });
});

describe("rebuildCard", () => {
  const { log, steps } = stepByStep();
  const last = steps[steps.length - 1];

  it("replays a 10-review log to exactly the card built step by step, fuzz on", () => {
    expect(log).toHaveLength(10);
    expect(rebuildCard(log, FUZZ)).toEqual(last);
    expect(steps.some((step) => step.state === 3)).toBe(true);
    // Not a vacuous match: fuzz changed the outcome of this log.
    expect(rebuildCard(log, { ...FUZZ, enableFuzz: false }).due).not.toEqual(last?.due);
  });

  it("undoes the last review by replaying the log without it", () => {
    expect(rebuildCard(log.slice(0, -1), FUZZ)).toEqual(steps[steps.length - 2]);
  });

  it("sorts the log first, so the order rows come from the database does not matter", () => {
    expect(rebuildCard([...log].reverse(), FUZZ)).toEqual(last);
  });

  it("an empty log gives a new card at createdAt, and needs createdAt", () => {
    expect(rebuildCard([], FUZZ, T0)).toEqual(newCardState(T0));
    expect(() => rebuildCard([], FUZZ)).toThrow(RangeError);
  });

  it("stays equal when a clock runs behind, if the log stores the card's lastReview as the review time", () => {
    const first = reviewCard(newCardState(T0), 3, T0, FUZZ);
    const skewed = reviewCard(first, 3, after(T0, -HOUR), FUZZ);
    const reviewedAt = skewed.lastReview ?? T0;
    expect(reviewedAt).toEqual(T0);
    const log: ReviewLogEntry[] = [
      { rating: 3, reviewedAt: T0 },
      { rating: 3, reviewedAt },
    ];
    expect(rebuildCard(log, FUZZ)).toEqual(skewed);
  });

  it("does not depend on createdAt once there are reviews", () => {
    expect(rebuildCard(log, FUZZ, after(T0, -30 * DAY))).toEqual(last);
  });
});
