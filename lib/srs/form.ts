// Picks which question asks a card today: recognition (multiple choice) while the memory is weak,
// recall (typed, cloze) once it holds, so the same fact gets harder to answer as it strengthens.
import { seededRandom } from "@/lib/quiz/random";
import { formOfQuestionType, isQuestionType, type AnswerForm } from "./rating";

/**
 * A memory that holds a week at the desired retention is past the fragile stage: recognising the answer
 * among options would be too easy to teach anything, and effortful recall strengthens it more.
 */
export const STRONG_STABILITY_DAYS = 7;

// Ordering and matching ask about several facts at once, so a grade on them says little about one card.
const MULTI_FACT_TYPES: ReadonlySet<string> = new Set(["ordering", "matching"]);

/** Whether a question can ask a single card; a fact with none of these cannot be reviewed on its own. */
export function isCardQuestion(question: { type: string }): boolean {
  return !MULTI_FACT_TYPES.has(question.type);
}

function preferredForm(card: { state: number; stability: number } | null): AnswerForm {
  const isWeak = !card || card.state !== 2 || card.stability < STRONG_STABILITY_DAYS;
  return isWeak ? "easy" : "hard";
}

function formOf(type: string): AnswerForm | null {
  return isQuestionType(type) ? formOfQuestionType(type) : null;
}

/**
 * Easier forms while the card is weak (new, learning, relearning, or stability below the threshold),
 * harder as it strengthens; never the same question twice in a row when any other usable question exists
 * (variety beats form: a repeated question is answered from memory of the question, not of the fact);
 * deterministic given `seed` and independent of the order `questions` come in. Falls back to any form
 * when the fact has no question of the preferred form. Ordering and matching questions are not used.
 */
export function chooseQuestion<Q extends { id: string; type: string }>(
  questions: readonly Q[],
  card: { state: number; stability: number } | null,
  lastQuestionId: string | null,
  seed: number,
): Q | null {
  const usable = questions
    .filter(isCardQuestion)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const form = preferredForm(card);
  const fresh = usable.filter((q) => q.id !== lastQuestionId);
  // When `fresh` is empty the only usable question is the last one, so repeating it is all that is left.
  const tiers = [fresh.filter((q) => formOf(q.type) === form), fresh, usable];
  const pool = tiers.find((tier) => tier.length > 0);
  if (!pool) return null;
  const index = Math.floor(seededRandom(seed)() * pool.length);
  return pool[index] ?? null;
}
