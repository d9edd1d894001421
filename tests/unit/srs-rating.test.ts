import { describe, expect, it } from "vitest";
import {
  type AnswerForm,
  type QuestionType,
  QUICK_MS,
  SLOW_MS,
  formOfQuestionType,
  isQuestionType,
  ratingForAnswer,
} from "@/lib/srs/rating";
import type { SrsRating } from "@/lib/srs/scheduler";

describe("formOfQuestionType", () => {
  it.each<[QuestionType, AnswerForm]>([
    ["multiple_choice", "easy"],
    ["true_false", "easy"],
    ["who_said", "easy"],
    ["matching", "easy"],
    ["typed", "hard"],
    ["cloze", "hard"],
    ["number", "hard"],
    ["date", "hard"],
    ["ordering", "hard"],
  ])("%s is %s", (type, form) => {
    expect(formOfQuestionType(type)).toBe(form);
  });

  it("knows the question types and nothing else", () => {
    expect(isQuestionType("cloze")).toBe(true);
    expect(isQuestionType("essay")).toBe(false);
    expect(isQuestionType("toString")).toBe(false);
  });
});

type Answer = Parameters<typeof ratingForAnswer>[0];

// Answer -> rating.
const TABLE: [string, Answer, SrsRating][] = [
  ["wrong", { isCorrect: false, form: "easy", timeMs: 3_000 }, 1],
  ["wrong after a hint, hard form", { isCorrect: false, usedHint: true, form: "hard", timeMs: 3_000 }, 1],
  ["right after a hint, even quickly", { isCorrect: true, usedHint: true, form: "hard", timeMs: 3_000 }, 2],
  ["right slowly, easy form", { isCorrect: true, form: "easy", timeMs: SLOW_MS.easy }, 2],
  ["right just under slow, easy form", { isCorrect: true, form: "easy", timeMs: SLOW_MS.easy - 1 }, 3],
  ["right slowly, hard form", { isCorrect: true, form: "hard", timeMs: SLOW_MS.hard }, 2],
  ["right in 30s, hard form (not slow for typing)", { isCorrect: true, form: "hard", timeMs: 30_000 }, 3],
  ["right quickly, hard form", { isCorrect: true, form: "hard", timeMs: QUICK_MS - 1 }, 4],
  ["right at the quick limit, hard form", { isCorrect: true, form: "hard", timeMs: QUICK_MS }, 3],
  ["right quickly, easy form (recognition is never Easy)", { isCorrect: true, form: "easy", timeMs: 1_000 }, 3],
  ["right, time unknown, hard form", { isCorrect: true, form: "hard" }, 3],
  ["right, time unknown, easy form", { isCorrect: true, form: "easy" }, 3],
  ["right, broken time", { isCorrect: true, form: "hard", timeMs: Number.NaN }, 3],
  ["right, negative time", { isCorrect: true, form: "hard", timeMs: -5 }, 3],
];

describe("ratingForAnswer", () => {
  it.each(TABLE)("%s -> %i", (_label, answer, rating) => {
    expect(ratingForAnswer(answer)).toBe(rating);
  });

  // Rating -> the only answers that give it.
  it("gives Again exactly for wrong answers", () => {
    for (const [, answer, rating] of TABLE) expect(rating === 1).toBe(!answer.isCorrect);
  });

  it("gives Hard exactly for right answers after a hint or at/after the slow limit", () => {
    for (const [, answer, rating] of TABLE) {
      const isSlow = answer.timeMs !== undefined && answer.timeMs >= SLOW_MS[answer.form];
      expect(rating === 2).toBe(answer.isCorrect && (answer.usedHint === true || isSlow));
    }
  });

  it("gives Easy exactly for right, hint-free, quick answers in a hard form", () => {
    for (const [, answer, rating] of TABLE) {
      const isQuick = answer.timeMs !== undefined && answer.timeMs >= 0 && answer.timeMs < QUICK_MS;
      expect(rating === 4).toBe(answer.isCorrect && !answer.usedHint && answer.form === "hard" && isQuick);
    }
  });

  it("keeps the thresholds in a sensible order", () => {
    expect(QUICK_MS).toBeLessThan(SLOW_MS.easy);
    expect(SLOW_MS.easy).toBeLessThan(SLOW_MS.hard);
  });
});
