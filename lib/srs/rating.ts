// Turns an objectively graded answer into an FSRS rating, so learners never grade themselves on
// questions the code can check. Self-graded flashcards pass their 1-4 straight to the scheduler instead.
import type { SrsRating } from "./scheduler";

export type QuestionType =
  | "multiple_choice"
  | "true_false"
  | "typed"
  | "cloze"
  | "number"
  | "date"
  | "ordering"
  | "matching"
  | "who_said";
export type AnswerForm = "easy" | "hard"; // easy: multiple choice, true/false, who said it, matching; hard: typed, cloze, number, date, ordering

// Recognising an answer among options is easier than producing it, so the two get separate thresholds.
const FORM_OF_TYPE: Record<QuestionType, AnswerForm> = {
  multiple_choice: "easy",
  true_false: "easy",
  who_said: "easy",
  matching: "easy",
  typed: "hard",
  cloze: "hard",
  number: "hard",
  date: "hard",
  ordering: "hard",
};

/**
 * At or past this many milliseconds a right answer counts as Hard: the learner had to dig for it.
 * Typing takes longer than clicking, so recall forms get more time before they count as slow.
 */
export const SLOW_MS: Readonly<Record<AnswerForm, number>> = { easy: 25_000, hard: 40_000 };

/**
 * Under this many milliseconds a right answer in a hard (recall) form counts as Easy: producing the
 * answer that fast means it came straight from memory. Easy forms never earn Easy, because picking an
 * option quickly can be recognition or a lucky guess rather than recall.
 */
export const QUICK_MS = 10_000;

export function isQuestionType(type: string): type is QuestionType {
  return Object.hasOwn(FORM_OF_TYPE, type);
}

export function formOfQuestionType(type: QuestionType): AnswerForm {
  return FORM_OF_TYPE[type];
}

/** wrong: Again; right after a hint or slowly: Hard; right quickly in a hard form: Easy; right otherwise: Good. */
export function ratingForAnswer(input: {
  isCorrect: boolean;
  usedHint?: boolean;
  timeMs?: number;
  form: AnswerForm;
}): SrsRating {
  if (!input.isCorrect) return 1;
  if (input.usedHint) return 2;
  // An unknown or nonsensical time (missing, negative, NaN from a broken client) says nothing about fluency.
  const timeMs = input.timeMs;
  if (timeMs === undefined || !Number.isFinite(timeMs) || timeMs < 0) return 3;
  if (timeMs >= SLOW_MS[input.form]) return 2;
  if (input.form === "hard" && timeMs < QUICK_MS) return 4;
  return 3;
}
