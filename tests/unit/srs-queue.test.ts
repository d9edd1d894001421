import { describe, expect, it } from "vitest";
import { type QueueCard, type QueueInput, buildCramQueue, buildQueue, nextInQueue } from "@/lib/srs/queue";

const NOW = new Date("2026-03-10T15:00:00Z");
const DAY_END = new Date("2026-03-11T04:00:00Z");
const MINUTE = 60_000;
const at = (minutesFromNow: number) => new Date(NOW.getTime() + minutesFromNow * MINUTE);
const card = (factId: string, state: QueueCard["state"], minutesFromNow: number, suspended = false): QueueCard => ({
  factId,
  state,
  due: at(minutesFromNow),
  suspended,
});

const FACTS = Array.from({ length: 30 }, (_, i) => `f${String(i).padStart(2, "0")}`);
const input = (overrides: Partial<QueueInput>): QueueInput => ({
  cards: [],
  factOrder: FACTS,
  introducedToday: 0,
  reviewedToday: 0,
  newPerDay: 5,
  reviewsPerDay: 100,
  now: NOW,
  dayEnd: DAY_END,
  ...overrides,
});

describe("buildQueue", () => {
  it("introduces new facts in teaching order, up to the new limit", () => {
    const queue = buildQueue(input({ cards: [card("f00", 2, 5 * 24 * 60), card("f02", 2, 3 * 24 * 60)] }));
    expect(queue.fresh).toEqual(["f01", "f03", "f04", "f05", "f06"]);
    expect(queue.counts.new).toBe(5);
  });

  it("lowers the new limit by what was introduced today, never below zero", () => {
    expect(buildQueue(input({ introducedToday: 3 })).fresh).toEqual(["f00", "f01"]);
    expect(buildQueue(input({ introducedToday: 9 })).fresh).toEqual([]);
  });

  it("caps review cards by the review limit minus reviews already done today", () => {
    const cards = FACTS.slice(0, 10).map((id, i) => card(id, 2, -100 + i));
    expect(buildQueue(input({ cards, reviewsPerDay: 4 })).due).toEqual(["f00", "f01", "f02", "f03"]);
    const afterSome = buildQueue(input({ cards, reviewsPerDay: 4, reviewedToday: 3 }));
    expect(afterSome.due).toEqual(["f00"]);
    expect(afterSome.counts.due).toBe(1);
    expect(buildQueue(input({ cards, reviewsPerDay: 4, reviewedToday: 10 })).due).toEqual([]);
  });

  it("never shows suspended cards, as due or as new", () => {
    const cards = [card("f00", 2, -10, true), card("f01", 1, -1, true), card("f02", 0, 0, true), card("f03", 2, -5)];
    const queue = buildQueue(input({ cards, newPerDay: 3 }));
    expect(queue.due).toEqual(["f03"]);
    expect(queue.fresh).toEqual(["f04", "f05", "f06"]);
    expect(queue.counts).toEqual({ new: 3, learning: 0, due: 1 });
  });

  it("puts learning cards due now first, then reviews by due, then learning due later today", () => {
    const cards = [
      card("f00", 2, -60), // review, overdue an hour
      card("f01", 2, 120), // review due later today: reviews are day-granular, so ready now
      card("f02", 1, -1), // learning, due a minute ago
      card("f03", 3, -5), // relearning, due five minutes ago
      card("f04", 1, 8), // learning, due in 8 minutes
      card("f05", 2, -3 * 24 * 60), // review, overdue three days
      card("f06", 2, 24 * 60), // review due tomorrow: not today
      card("f07", 3, 20 * 60), // relearning due after the day ends: not today
    ];
    const queue = buildQueue(input({ cards }));
    expect(queue.due).toEqual(["f03", "f02", "f05", "f00", "f01", "f04"]);
    expect(queue.dueNow).toBe(5);
    expect(queue.counts).toEqual({ new: 5, learning: 3, due: 3 });
  });

  it("never caps learning cards: they are mid-step", () => {
    const cards = [card("f00", 1, -2), card("f01", 2, -30), card("f02", 3, -1)];
    const queue = buildQueue(input({ cards, reviewsPerDay: 10, reviewedToday: 10 }));
    expect(queue.due).toEqual(["f00", "f02"]);
    expect(queue.counts).toEqual({ new: 5, learning: 2, due: 0 });
  });

  it("treats a card never reviewed as new, in teaching order", () => {
    const queue = buildQueue(input({ cards: [card("f01", 0, 0)], newPerDay: 2 }));
    expect(queue.fresh).toEqual(["f00", "f01"]);
    expect(queue.due).toEqual([]);
  });

  it("ignores cards of facts no longer in the content", () => {
    const queue = buildQueue(input({ cards: [card("retired", 2, -10), card("f00", 2, -10)] }));
    expect(queue.due).toEqual(["f00"]);
  });
});

describe("nextInQueue", () => {
  it("gives due cards first, then new facts", () => {
    const queue = buildQueue(input({ cards: [card("f03", 2, -10)] }));
    expect(nextInQueue(queue)).toBe("f03");
    expect(nextInQueue(buildQueue(input({ cards: [] })))).toBe("f00");
  });

  it("shows new facts before a learning card that is still waiting for its step", () => {
    const queue = buildQueue(input({ cards: [card("f00", 1, 8)] }));
    expect(queue.due).toEqual(["f00"]);
    expect(nextInQueue(queue)).toBe("f01");
  });

  it("lets the learner learn ahead when only waiting learning cards are left", () => {
    const queue = buildQueue(input({ cards: [card("f00", 1, 8)], newPerDay: 0 }));
    expect(nextInQueue(queue)).toBe("f00");
  });

  it("is null when the day is done", () => {
    expect(nextInQueue(buildQueue(input({ newPerDay: 0 })))).toBeNull();
  });
});

describe("buildCramQueue", () => {
  const card = (factId: string, recall: number | null, state: 0 | 1 | 2 | 3 = 2, suspended = false) => ({ factId, state, suspended, recall });
  const factIds = ["a", "b", "c", "d", "e", "f"];

  it("asks the topic's studied cards, weakest first; never new, suspended or other topics' cards", () => {
    const cards = [card("a", 0.9), card("b", 0.4), card("c", null, 0), card("d", 0.6, 2, true), card("e", 0.5, 3), card("x", 0.1)];
    expect(buildCramQueue({ cards, factIds, crammedToday: new Map() })).toEqual(["b", "e", "a"]);
  });

  it("drops a card crammed today, and asks one last answered Again after the others", () => {
    const cards = [card("a", 0.9), card("b", 0.4), card("e", 0.5, 3), card("f", 0.2)];
    const crammedToday = new Map([["b", [1]], ["f", [1, 3]]]);
    expect(buildCramQueue({ cards, factIds, crammedToday })).toEqual(["e", "a", "b"]);
  });
});
