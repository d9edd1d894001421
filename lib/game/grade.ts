// Which questions a live game can ask, and grading a player's answer exactly as a quiz grades it.
import type { QuestionBank } from "@/lib/content/bank";
import type { Question } from "@/lib/content/schema";
import { gradeAnswer, type AnswerResponse, type GradeOutcome } from "@/lib/quiz/grade";

/** Types that fit a timed answer on a phone: one tap or one short line. */
export const GAME_QUESTION_TYPES = ["multiple_choice", "true_false", "number", "date", "typed", "who_said", "cloze"] as const;

export function isGameQuestion(q: Question): boolean {
  return (GAME_QUESTION_TYPES as readonly string[]).includes(q.type);
}

export function gradeGameAnswer(q: Question, response: AnswerResponse, bank: QuestionBank): GradeOutcome {
  if (!isGameQuestion(q)) return { ok: false, message: "This question cannot be answered in a live game." };
  return gradeAnswer(q, response, bank);
}
