import { describe, expect, it } from "vitest";
import { FAIR_RECALL, STRONG_RECALL, classifyRecall, eventTimeline } from "@/lib/progress";

describe("classifyRecall", () => {
  it.each<[number | null, string]>([
    [null, "unseen"],
    [0, "weak"],
    [0.6999, "weak"],
    [0.7, "fair"],
    [0.8999, "fair"],
    [0.9, "strong"],
    [1, "strong"],
  ])("%s is %s", (recall, level) => {
    expect(classifyRecall(recall)).toBe(level);
  });

  it("uses the exported thresholds", () => {
    expect([FAIR_RECALL, STRONG_RECALL]).toEqual([0.7, 0.9]);
  });
});

describe("eventTimeline", () => {
  const events = [
    { id: "e-exit-us", date: "2020-11-22", label: "United States leaves", fact: "f-us" },
    { id: "e-signed", date: "1992-03-24", label: "Signed in Helsinki", fact: "f-signed" },
    { id: "e-eif", date: "2002-01-01", label: "Enters into force", fact: "f-eif" },
    { id: "e-exit-ru", date: "2021-12-18", label: "Russia leaves", fact: "f-ru" },
    { id: "e-notice", date: "2020-11-22", label: "Same day, given later", fact: "f-none" },
  ];
  const cards = [
    { factId: "f-signed", recall: 0.9 },
    { factId: "f-eif", recall: 0.7 },
    { factId: "f-us", recall: 0.69 },
    { factId: "f-ru", recall: null },
  ];

  it("sorts by date, keeps same-day events in their given order and marks what the learner knows", () => {
    expect(eventTimeline(events, cards)).toEqual([
      { id: "e-signed", date: "1992-03-24", label: "Signed in Helsinki", factId: "f-signed", recall: 0.9, level: "strong" },
      { id: "e-eif", date: "2002-01-01", label: "Enters into force", factId: "f-eif", recall: 0.7, level: "fair" },
      { id: "e-exit-us", date: "2020-11-22", label: "United States leaves", factId: "f-us", recall: 0.69, level: "weak" },
      { id: "e-notice", date: "2020-11-22", label: "Same day, given later", factId: "f-none", recall: null, level: "unseen" },
      { id: "e-exit-ru", date: "2021-12-18", label: "Russia leaves", factId: "f-ru", recall: null, level: "unseen" },
    ]);
  });

  it("does not reorder the caller's array", () => {
    const copy = [...events];
    eventTimeline(events, cards);
    expect(events).toEqual(copy);
  });
});
