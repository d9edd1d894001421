import { describe, expect, it } from "vitest";
import { hardestFirst, questionStats, median } from "@/lib/classroom/analysis";
import { masteryOutcome, outcomeText, quizOutcome } from "@/lib/classroom/status";

const due = new Date("2026-12-01T17:00:00Z");
const before = new Date("2026-11-30T12:00:00Z");
const after = new Date("2026-12-02T12:00:00Z");

describe("quizOutcome", () => {
  it.each([
    ["no try, before the due date", [], before, false, "not_started", null],
    ["a try under way", [{ completedAt: null, correct: 0, total: 5 }], before, false, "in_progress", null],
    ["no try, after the due date", [], after, false, "missing", null],
    ["unfinished after the due date", [{ completedAt: null, correct: 0, total: 5 }], after, false, "missing", null],
    ["finished on time", [{ completedAt: before, correct: 4, total: 5 }], after, false, "submitted", 0.8],
    ["finished late, late work not counted", [{ completedAt: after, correct: 5, total: 5 }], after, false, "late", null],
    ["finished late, late work counted", [{ completedAt: after, correct: 5, total: 5 }], after, true, "late", 1],
    [
      "the best on-time try counts",
      [
        { completedAt: before, correct: 2, total: 5 },
        { completedAt: before, correct: 4, total: 5 },
        { completedAt: after, correct: 5, total: 5 },
      ],
      after,
      false,
      "submitted",
      0.8,
    ],
  ] as const)("%s", (_name, tries, now, lateCounts, status, score) => {
    const outcome = quizOutcome(tries, due, now, lateCounts);
    expect(outcome.status).toBe(status);
    expect(outcome.score).toBe(score);
    expect(outcome.attemptsUsed).toBe(tries.length);
  });

  it("shows late work's score with its Late mark, and says whether it counts", () => {
    const late = [{ completedAt: after, correct: 2, total: 3 }];
    const notCounted = quizOutcome(late, due, after, false);
    expect(notCounted).toMatchObject({ status: "late", score: null, lateScore: 2 / 3, lateCounts: false });
    expect(outcomeText(notCounted)).toBe("Late · 67% · does not count");
    expect(outcomeText(quizOutcome(late, due, after, true))).toBe("Late · 67% · counts");
    expect(outcomeText(quizOutcome([{ completedAt: before, correct: 1, total: 2 }], due, after, false))).toBe("Submitted · 50%");
    expect(outcomeText(quizOutcome([], due, after, false))).toBe("Missing");
  });

  it("judges each student by their own due date when the teacher gave them more time", () => {
    const extended = new Date("2026-12-03T17:00:00Z");
    const tries = [{ completedAt: after, correct: 3, total: 3 }];
    expect(quizOutcome(tries, due, after, false).status).toBe("late");
    expect(quizOutcome(tries, extended, after, false)).toMatchObject({ status: "submitted", score: 1 });
  });
});

describe("masteryOutcome", () => {
  // A goal judgement as judgeRecallGoal gives it: how many facts, how many studied, how many below target.
  const goal = (count: number, studied: number, below: number, recall: number) => ({
    count, studied, below, recall, at: due, target: 0.9, isMet: count > 0 && below === 0,
  });
  it.each([
    ["nothing studied yet", goal(2, 0, 2, 0), before, "not_started"],
    ["studying, a fact below target", goal(2, 1, 1, 0.475), before, "in_progress"],
    ["every fact at target", goal(2, 2, 0, 0.9), before, "submitted"],
    ["a fact below target after the due date", goal(2, 2, 1, 0.95), after, "missing"],
    ["met after the due date", goal(2, 2, 0, 0.93), after, "submitted"],
    ["nothing studied after the due date", goal(2, 0, 2, 0), after, "missing"],
  ] as const)("%s", (_name, judged, now, status) => {
    const outcome = masteryOutcome(judged, due, now);
    expect(outcome.status).toBe(status);
    expect(outcome.recall).toBe(judged.recall);
    expect(outcome.below).toBe(judged.below);
  });
});

describe("questionStats", () => {
  const items = [
    { questionId: "q1", isCorrect: true, given: "Canada", timeMs: 4000 },
    { questionId: "q1", isCorrect: false, given: "Austria", timeMs: 9000 },
    { questionId: "q1", isCorrect: false, given: "Austria", timeMs: 7000 },
    { questionId: "q1", isCorrect: false, given: "Germany", timeMs: null },
    { questionId: "q2", isCorrect: true, given: "True", timeMs: 1000 },
  ];
  it("counts share correct, median time, choices and the common wrong answer", () => {
    const [q1, q2, q3] = questionStats(["q1", "q2", "q3"], items);
    expect(q1).toMatchObject({ answers: 4, correct: 1, shareCorrect: 0.25, medianTimeMs: 7000, commonWrong: { answer: "Austria", count: 2 } });
    expect(q1?.choices.map((c) => [c.answer, c.count])).toEqual([["Austria", 2], ["Canada", 1], ["Germany", 1]]);
    expect(q2).toMatchObject({ shareCorrect: 1, commonWrong: null });
    expect(q3).toMatchObject({ answers: 0, shareCorrect: null, medianTimeMs: null });
  });
  it("takes the middle of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("hardestFirst", () => {
  it("puts the lowest share right first, unanswered questions last, ties in quiz order", () => {
    const answered = (questionId: string, correct: boolean[]) => correct.map((isCorrect) => ({ questionId, isCorrect, given: isCorrect ? "a" : "b", timeMs: null }));
    const stats = questionStats(
      ["easy", "unanswered", "hard", "split-1", "split-2"],
      [...answered("easy", [true, true]), ...answered("hard", [false, false, true]), ...answered("split-1", [true, false]), ...answered("split-2", [false, true])],
    );
    expect(hardestFirst(stats).map((s) => s.questionId)).toEqual(["hard", "split-1", "split-2", "easy", "unanswered"]);
  });
});
