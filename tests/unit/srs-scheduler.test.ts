import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import {
  type CardState,
  type SchedulerOptions,
  formatInterval,
  newCardState,
  previewRatings,
  retrievability,
  reviewCard,
} from "@/lib/srs/scheduler";

const T0 = new Date("2026-01-10T12:00:00Z");
const NO_FUZZ: SchedulerOptions = { desiredRetention: 0.9, enableFuzz: false };
const MINUTE = 60_000;
const DAY = 86_400_000;
const after = (from: Date, ms: number) => new Date(from.getTime() + ms);

/** New -> Good -> Good -> Good, each at its due time: a card in review state with an 11-day interval. */
function reviewStateCard(): CardState {
  let card = reviewCard(newCardState(T0), 3, T0, NO_FUZZ);
  card = reviewCard(card, 3, card.due, NO_FUZZ);
  return reviewCard(card, 3, card.due, NO_FUZZ);
}

describe("newCardState", () => {
  it("is new, due now, never reviewed", () => {
    expect(newCardState(T0)).toEqual({
      due: T0,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      lastReview: null,
    });
  });
});

describe("reviewCard on a new card (FSRS-6 defaults, steps 1m 10m)", () => {
  it.each([
    [1, 1, 1 * MINUTE],
    [2, 1, 6 * MINUTE],
    [3, 1, 10 * MINUTE],
    [4, 2, 8 * DAY],
  ] as const)("rating %i -> state %i, due in %i ms", (rating, state, wait) => {
    const card = reviewCard(newCardState(T0), rating, T0, NO_FUZZ);
    expect(card.state).toBe(state);
    expect(card.due).toEqual(after(T0, wait));
    // FSRS-6 initial stability is w[rating - 1].
    expect(card.stability).toBe(default_w[rating - 1]);
    expect(card.reps).toBe(1);
    expect(card.lapses).toBe(0);
    expect(card.lastReview).toEqual(T0);
  });

  it("graduates to review after Good on the last learning step", () => {
    const learning = reviewCard(newCardState(T0), 3, T0, NO_FUZZ);
    expect(learning.learningSteps).toBe(1);
    const graduated = reviewCard(learning, 3, learning.due, NO_FUZZ);
    expect(graduated.state).toBe(2);
    expect(graduated.scheduledDays).toBe(2);
  });

  it("gives Easy the lowest difficulty and Again the highest", () => {
    const difficulty = (rating: 1 | 2 | 3 | 4) => reviewCard(newCardState(T0), rating, T0, NO_FUZZ).difficulty;
    expect(difficulty(4)).toBeLessThan(difficulty(3));
    expect(difficulty(3)).toBeLessThan(difficulty(2));
    expect(difficulty(2)).toBeLessThan(difficulty(1));
  });
});

describe("reviewCard on a review-state card", () => {
  const card = reviewStateCard();

  it("is in review with an 11-day interval", () => {
    expect(card.state).toBe(2);
    expect(card.scheduledDays).toBe(11);
  });

  it("orders intervals Easy > Good > Hard", () => {
    const days = (rating: 2 | 3 | 4) => reviewCard(card, rating, card.due, NO_FUZZ).scheduledDays;
    expect(days(4)).toBeGreaterThan(days(3));
    expect(days(3)).toBeGreaterThan(days(2));
    expect(days(2)).toBeGreaterThan(card.scheduledDays);
  });

  it("sends Again to relearning and counts a lapse", () => {
    const lapsed = reviewCard(card, 1, card.due, NO_FUZZ);
    expect(lapsed.state).toBe(3);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due).toEqual(after(card.due, 10 * MINUTE));
    expect(lapsed.stability).toBeLessThan(card.stability);
  });

  it("schedules from the previous review when the clock is behind it", () => {
    const lastReview = card.lastReview ?? T0;
    const early = reviewCard(card, 3, after(lastReview, -5 * MINUTE), NO_FUZZ);
    expect(early.lastReview).toEqual(lastReview);
    expect(early).toEqual(reviewCard(card, 3, lastReview, NO_FUZZ));
  });
});

describe("desired retention", () => {
  const card = reviewStateCard();
  const goodDays = (desiredRetention: number) =>
    reviewCard(card, 3, card.due, { desiredRetention, enableFuzz: false }).scheduledDays;

  it("0.97 gives shorter intervals than 0.80", () => {
    expect(goodDays(0.97)).toBeLessThan(goodDays(0.9));
    expect(goodDays(0.9)).toBeLessThan(goodDays(0.8));
  });

  it("is clamped to 0.70..0.97", () => {
    expect(goodDays(0.5)).toBe(goodDays(0.7));
    expect(goodDays(0.999)).toBe(goodDays(0.97));
    expect(goodDays(Number.NaN)).toBe(goodDays(0.9));
  });
});

describe("previewRatings", () => {
  it("labels the buttons of a new card", () => {
    const preview = previewRatings(newCardState(T0), T0, NO_FUZZ);
    expect([preview[1].interval, preview[2].interval, preview[3].interval, preview[4].interval]).toEqual([
      "1m",
      "6m",
      "10m",
      "8d",
    ]);
  });

  it("labels the buttons of a review card in months", () => {
    const card = reviewStateCard();
    const preview = previewRatings(card, card.due, NO_FUZZ);
    expect([preview[1].interval, preview[2].interval, preview[3].interval, preview[4].interval]).toEqual([
      "10m",
      "1.1mo",
      "1.5mo",
      "2.5mo",
    ]);
  });

  it("shows exactly the due date that the rating then gives, fuzz on", () => {
    const card = reviewStateCard();
    const now = after(card.due, 3 * DAY);
    const options = { desiredRetention: 0.9 };
    const preview = previewRatings(card, now, options);
    for (const rating of [1, 2, 3, 4] as const) {
      expect(preview[rating].due).toEqual(reviewCard(card, rating, now, options).due);
    }
  });
});

describe("formatInterval", () => {
  it.each([
    [30_000, "<1m"],
    [MINUTE, "1m"],
    [10 * MINUTE, "10m"],
    [59.6 * MINUTE, "1h"],
    [5 * 60 * MINUTE, "5h"],
    [DAY, "1d"],
    [4 * DAY, "4d"],
    [29 * DAY, "29d"],
    [97 * DAY, "3.2mo"],
    [365 * DAY, "1y"],
    [402 * DAY, "1.1y"],
    [-DAY, "<1m"],
  ])("%i ms -> %s", (ms, label) => {
    expect(formatInterval(T0, after(T0, ms))).toBe(label);
  });
});

describe("retrievability", () => {
  it("is null for a card never reviewed", () => {
    expect(retrievability(newCardState(T0), T0)).toBeNull();
  });

  it("is 1 right after a review, 0.9 after `stability` days, and falls with time", () => {
    const card = reviewStateCard();
    const last = card.lastReview ?? T0;
    expect(retrievability(card, last)).toBe(1);
    expect(retrievability(card, after(last, card.stability * DAY))).toBeCloseTo(0.9, 6);
    const inWeek = retrievability(card, after(last, 7 * DAY)) ?? 0;
    const inMonth = retrievability(card, after(last, 30 * DAY)) ?? 1;
    expect(inMonth).toBeLessThan(inWeek);
    expect(inMonth).toBeGreaterThan(0);
  });

  it("counts fractions of a day for a card learned minutes ago", () => {
    const card = reviewCard(newCardState(T0), 3, T0, NO_FUZZ);
    const r = retrievability(card, after(T0, 6 * 60 * MINUTE)) ?? 1;
    expect(r).toBeLessThan(1);
    expect(r).toBeGreaterThan(0.9);
  });
});

describe("reviewCard in the learner's days", () => {
  const TOKYO = { timeZone: "Asia/Tokyo", dayStartHour: 4 };
  // 08:00 and 10:00 in Tokyo on one day: UTC's date flips between them (09:00 Tokyo is 00:00 UTC).
  const morning = new Date("2026-03-01T23:00:00Z");
  const laterThatMorning = new Date("2026-03-02T01:00:00Z");

  it("counts one learner day where UTC counts two, and a new day only after the day start", () => {
    const first = reviewCard(newCardState(morning), 3, morning, { ...NO_FUZZ, day: TOKYO });
    expect(reviewCard(first, 3, laterThatMorning, { ...NO_FUZZ, day: TOKYO }).elapsedDays).toBe(0);
    expect(reviewCard(first, 3, laterThatMorning, NO_FUZZ).elapsedDays).toBe(1);
    // 03:59 the next night in Tokyo is still the same learner day; 04:00 is the next.
    expect(reviewCard(first, 3, new Date("2026-03-02T18:59:00Z"), { ...NO_FUZZ, day: TOKYO }).elapsedDays).toBe(0);
    expect(reviewCard(first, 3, new Date("2026-03-02T19:00:00Z"), { ...NO_FUZZ, day: TOKYO }).elapsedDays).toBe(1);
  });

  it("keeps every interval's length: a learning step is due that many minutes after the review", () => {
    const card = reviewCard(newCardState(morning), 1, morning, { ...NO_FUZZ, day: TOKYO });
    expect(card.due.getTime() - morning.getTime()).toBe(reviewCard(newCardState(morning), 1, morning, NO_FUZZ).due.getTime() - morning.getTime());
    expect(card.lastReview).toEqual(morning);
  });

  it("is ts-fsrs's own rule for UTC days from midnight, and previews what it schedules", () => {
    const card = reviewStateCard();
    const at = after(card.due, 3 * DAY + 5 * 60 * MINUTE);
    const utc = { ...NO_FUZZ, day: { timeZone: "UTC", dayStartHour: 0 } };
    expect(reviewCard(card, 3, at, utc)).toEqual(reviewCard(card, 3, at, NO_FUZZ));
    const inTokyo = { desiredRetention: 0.9, day: TOKYO };
    expect(previewRatings(card, at, inTokyo)[2].due).toEqual(reviewCard(card, 2, at, inTokyo).due);
  });
});
