import { describe, expect, it } from "vitest";
import { recallByTopic, stateCounts, type ProgressCard } from "@/lib/progress";

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

  it("averages recall over studied, non-suspended cards, in the topics' order", () => {
    const cards = [
      card("h1", { recall: 0.8 }),
      card("h2", { recall: 0.5 }),
      card("h3", { recall: 0.1, suspended: true }), // studied, but not in the mean
      card("h4", { state: 0, recall: null }), // has a card, never reviewed
      card("w1", { recall: null, state: 0 }),
      card("x1", { recall: 0.2 }),
      card("orphan", { recall: 0.3 }),
    ];
    expect(recallByTopic(cards, facts, topics)).toEqual([
      { topicId: "withdrawals", title: "Withdrawals 2020-2021", facts: 2, studied: 0, meanRecall: null },
      { topicId: "how", title: "Open Skies: how it worked", facts: 4, studied: 3, meanRecall: 0.65 },
      { topicId: "new-start", title: "New START", facts: 0, studied: 0, meanRecall: null },
    ]);
  });

  it("has a null mean when every studied card is suspended", () => {
    const rows = recallByTopic([card("w1", { suspended: true, recall: 0.95 })], facts, topics);
    expect(rows[0]).toEqual({ topicId: "withdrawals", title: "Withdrawals 2020-2021", facts: 2, studied: 1, meanRecall: null });
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

  it("takes a different leech threshold", () => {
    const cards = [card("a", { lapses: 3 }), card("b", { lapses: 4 }), card("c", { lapses: 2 })];
    expect(stateCounts(cards, 3).leeches).toBe(2);
  });

  it("is all zeros with no cards", () => {
    expect(stateCounts([])).toEqual({ new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, leeches: 0 });
  });
});
