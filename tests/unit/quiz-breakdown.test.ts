import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/content/bank";
import { breakdownAttempt, compareScores, scoreWords } from "@/lib/quiz/breakdown";
import { describeMode } from "@/lib/quiz/describe";

const bank = buildBank(path.join(process.cwd(), "content"));

describe("breakdownAttempt", () => {
  it("counts right answers per topic (in the bank's order) and per question type, and skips retired questions", () => {
    const ids = [...bank.questions.keys()].slice(0, 6);
    const right = new Set(ids.slice(0, 3));
    const { byTopic, byType } = breakdownAttempt([...ids, "a-retired-question"], (id) => right.has(id), bank);
    const sum = (rows: { correct: number; total: number }[]) => rows.reduce((s, r) => ({ correct: s.correct + r.correct, total: s.total + r.total }), { correct: 0, total: 0 });
    expect(sum(byTopic)).toEqual({ correct: 3, total: 6 });
    expect(sum(byType)).toEqual({ correct: 3, total: 6 });
    const order = bank.topics.map((t) => t.id);
    expect(byTopic.map((t) => order.indexOf(t.topicId))).toEqual([...byTopic.map((t) => order.indexOf(t.topicId))].sort((a, b) => a - b));
    for (const row of byType) expect(row.label).toMatch(/\S/);
  });
});

describe("scoreWords and compareScores", () => {
  it("fit the score", () => {
    expect(scoreWords(10, 10)).toMatch(/perfect/i);
    expect(scoreWords(0, 10)).toMatch(/None right/);
    expect(scoreWords(5, 10)).toMatch(/Halfway/);
    expect(scoreWords(0, 0)).toMatch(/No questions/);
  });

  it("compare in percentage points, or not at all without a previous attempt", () => {
    expect(compareScores({ correct: 8, total: 10 }, { correct: 5, total: 10 })).toBe(30);
    expect(compareScores({ correct: 2, total: 10 }, { correct: 3, total: 6 })).toBe(-30);
    expect(compareScores({ correct: 2, total: 10 }, null)).toBeNull();
  });
});

describe("describeMode", () => {
  it("names topics, mixed, picked, retries and assignments", () => {
    const topic = bank.topics[0]!;
    expect(describeMode(`topic:${topic.id}`, bank)).toBe(topic.title);
    expect(describeMode("topic:gone", bank)).toBe("A retired topic");
    expect(describeMode("mixed", bank)).toBe("Mixed topics");
    expect(describeMode("retry:abc", bank)).toBe("Retry of missed questions");
    expect(describeMode("assignment:abc", bank)).toBe("Class assignment");
  });
});
