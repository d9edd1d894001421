// Chooses the questions of a new quiz: spread over as many facts and question types as the
// topic allows, so a short quiz is not five ways of asking the same thing.
import type { QuestionBank } from "@/lib/content/bank";
import type { Question } from "@/lib/content/schema";
import { shuffle } from "./random";

export const QUIZ_LENGTHS = [5, 10, 20] as const;
export const MAX_QUIZ_LENGTH = 50;

export function pickQuestions(bank: QuestionBank, topicId: string | null, length: number, random: () => number): string[] {
  const pool = topicId ? (bank.questionsByTopic.get(topicId) ?? []) : [...bank.questions.keys()];
  const byType = new Map<string, Question[]>();
  for (const id of shuffle(pool, random)) {
    const q = bank.questions.get(id);
    if (q) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
  }
  const queues = shuffle([...byType.values()], random);
  const picked: string[] = [];
  const usedFacts = new Set<string>();

  // Round-robin over the types, each time taking a question on facts not asked yet.
  let progressed = true;
  while (picked.length < length && progressed) {
    progressed = false;
    for (const queue of queues) {
      if (picked.length >= length) break;
      const index = queue.findIndex((q) => !q.facts.some((f) => usedFacts.has(f)));
      const [question] = index === -1 ? [] : queue.splice(index, 1);
      if (!question) continue;
      picked.push(question.id);
      question.facts.forEach((f) => usedFacts.add(f));
      progressed = true;
    }
  }
  // A small topic runs out of fresh facts: fill up with the remaining questions.
  for (const q of queues.flat()) {
    if (picked.length >= length) break;
    picked.push(q.id);
  }
  return shuffle(picked, random);
}
