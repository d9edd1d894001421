import { describe, expect, it } from "vitest";
import { recallByTopic, stateCounts, type ProgressCard } from "@/lib/progress";
import { LEECH_LAPSES } from "@/lib/srs/leech";

const card = (factId: string, over: Partial<ProgressCard> = {}): ProgressCard => ({
  factId,
  due: new Date("2025-03-10T00:00:00Z"),
  state: 2,
  stability: 10,
  suspended: false,
  lapses: 0,
  recall: 0.9,
  ...over,
});

describe("recallByTopic", () => {
  const topics = [
    { id: "withdrawals", title: "Withdrawals 2020-2021" },
    { id: "how", title: "Open Skies: how it worked" },
    { id: "new-start", title: "New START" },
  ];
  const facts = [
    { id: "h1", topic: "how" },
    { id: "h2", topic: "how" },
    { id: "h3", topic: "how" },
    { id: "h4", topic: "how" },
    { id: "w1", topic: "withdrawals" },
    { id: "w2", topic: "withdrawals" },
    { id: "x1", topic: "not-a-topic" },
  ];

  it("is the mean over each topic's facts, unstudied ones counting 0, in the topics' order", () => {
    const cards = [
      card("h1", { recall: 0.8 }),
      card("h2", { recall: 0.5 }),
      card("h3", { recall: 0.1, suspended: true }), // suspended: counted with its own recall
      card("h4", { state: 0, recall: null }), // has a card, never reviewed: counts 0
      card("w1", { recall: null, state: 0 }),
      card("x1", { recall: 0.2 }),
      card("orphan", { recall: 0.3 }),
    ];
    const rows = recallByTopic(cards, facts, topics);
    expect(rows.map((r) => [r.topicId, r.facts, r.studied])).toEqual([
      ["withdrawals", 2, 0],
      ["how", 4, 3],
      ["new-start", 0, 0],
    ]);
    expect(rows[0]?.meanRecall).toBe(0);
    expect(rows[1]?.meanRecall).toBeCloseTo((0.8 + 0.5 + 0.1 + 0) / 4, 12);
    expect(rows[2]?.meanRecall).toBeNull();
  });

  it("counts a suspended card with its recall, like any other", () => {
    const rows = recallByTopic([card("w1", { suspended: true, recall: 0.95 })], facts, topics);
    expect(rows[0]).toEqual({ topicId: "withdrawals", title: "Withdrawals 2020-2021", facts: 2, studied: 1, meanRecall: 0.475 });
  });
});

describe("stateCounts", () => {
  it("counts suspended cards only as suspended, and leeches whatever their state", () => {
    const cards = [
      card("a", { state: 0, recall: null }),
      card("b", { state: 0, recall: null }),
      card("c", { state: 1 }),
      card("d", { state: 2 }),
      card("e", { state: 2, lapses: 8 }),
      card("f", { state: 3, lapses: 7 }),
      card("g", { state: 2, suspended: true, lapses: 9 }),
      card("h", { state: 3, suspended: true }),
    ];
    expect(stateCounts(cards)).toEqual({ new: 2, learning: 1, review: 2, relearning: 1, suspended: 2, leeches: 2 });
  });

  it("uses the one leech threshold of lib/srs/leech", () => {
    const cards = [card("a", { lapses: LEECH_LAPSES - 1 }), card("b", { lapses: LEECH_LAPSES }), card("c", { lapses: LEECH_LAPSES + 5 })];
    expect(stateCounts(cards).leeches).toBe(2);
  });

  it("is all zeros with no cards", () => {
    expect(stateCounts([])).toEqual({ new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, leeches: 0 });
  });
});
