// Simulated classroom history for the demo seed: students of different strength review facts
// for 60 days under FSRS and answer quiz assignments, from a fixed random seed, so every run
// makes the same demo (relative to today).
import type { QuestionBank } from "../lib/content/bank";
import type { Question } from "../lib/content/schema";
import { expectedAnswer } from "../lib/quiz/grade";
import { hashString, seededRandom } from "../lib/quiz/random";
import { newCardState, retrievability, reviewCard, type CardState, type SrsRating } from "../lib/srs/scheduler";

const DAY = 24 * 60 * 60 * 1000;

export type SimReview = { factId: string; questionId: string; rating: SrsRating; isCorrect: boolean; stateBefore: number; elapsedDays: number; reviewedAt: Date; timeMs: number };
export type SimCard = { factId: string; state: CardState };

/** One student's 60 days: new facts a few a day (fewer for weaker students), reviews when due. */
export function simulateStudy(bank: QuestionBank, studentIndex: number, ability: number, now: Date) {
  const random = seededRandom(hashString(`demo-study-${studentIndex}`));
  const facts = [...bank.facts.keys()].filter((id) => bank.questionsByFact.get(id)?.some((q) => q.type !== "ordering" && q.type !== "matching"));
  const cards = new Map<string, CardState>();
  const reviews: SimReview[] = [];
  let nextFact = 0;
  for (let day = 60; day >= 1; day--) {
    if (random() > 0.25 + ability * 0.6) continue; // skipped days make streaks and gaps
    const at = new Date(now.getTime() - day * DAY + 17 * 60 * 60 * 1000 * random());
    const due = [...cards.entries()].filter(([, c]) => c.due <= at);
    const fresh = facts.slice(nextFact, nextFact + Math.round(2 + ability * 4));
    nextFact += fresh.length;
    for (const [factId, card] of [...due, ...fresh.map((f) => [f, newCardState(at)] as const)]) {
      const recall = retrievability(card, at) ?? 0.35 + ability * 0.4;
      const isCorrect = random() < Math.min(0.98, recall * (0.8 + ability * 0.3));
      const rating: SrsRating = !isCorrect ? 1 : random() < 0.15 ? 2 : random() < 0.85 ? 3 : 4;
      const questions = bank.questionsByFact.get(factId) ?? [];
      const question = questions[Math.floor(random() * questions.length)];
      const elapsedDays = card.lastReview ? Math.floor((at.getTime() - card.lastReview.getTime()) / DAY) : 0;
      reviews.push({ factId, questionId: question?.id ?? "", rating, isCorrect, stateBefore: card.state, elapsedDays, reviewedAt: at, timeMs: 3000 + Math.floor(random() * 20000) });
      cards.set(factId, reviewCard(card, rating, at, { desiredRetention: 0.9 }));
    }
  }
  return { cards: [...cards.entries()].map(([factId, state]) => ({ factId, state })), reviews };
}

export type SimAnswer = { questionId: string; isCorrect: boolean; given: string; expected: string; prompt: string; response: string; timeMs: number };

/** A student's answers to a quiz: right with a chance set by ability; wrong answers favour the first distractor. */
export function simulateAnswers(bank: QuestionBank, questions: Question[], seed: string, ability: number, count = questions.length): SimAnswer[] {
  const random = seededRandom(hashString(seed));
  return questions.slice(0, count).map((q) => {
    const expected = expectedAnswer(q, bank);
    const isCorrect = random() < 0.45 + ability * 0.5;
    const wrong = q.type === "multiple_choice" ? (random() < 0.7 ? q.distractors[0] : q.distractors[1]) ?? q.distractors[0] ?? "" : "—";
    const given = isCorrect ? expected : wrong;
    return { questionId: q.id, isCorrect, given, expected, prompt: q.prompt, response: JSON.stringify({ kind: "choice", choice: given }), timeMs: 4000 + Math.floor(random() * 25000) };
  });
}
