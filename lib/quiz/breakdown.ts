// What a finished quiz says beyond its score: right answers per topic and per question type, the
// score in words, and how it compares with the attempt before. Pure: the bank is a parameter.
import type { QuestionBank } from "@/lib/content/bank";
import { QUESTION_TYPE_LABELS, type QuestionType } from "@/lib/content/schema";

export type Share = { correct: number; total: number };
export type TopicShare = Share & { topicId: string; title: string };
export type TypeShare = Share & { type: QuestionType; label: string };

/**
 * Retired questions (no longer in the bank) count in neither breakdown: their topic and type are
 * gone with them. Unanswered questions count as not right. Rows keep the bank's topic order and
 * the order types first appear in the quiz.
 */
export function breakdownAttempt(
  questionIds: readonly string[],
  isCorrect: (questionId: string) => boolean,
  bank: QuestionBank,
): { byTopic: TopicShare[]; byType: TypeShare[] } {
  const topics = new Map<string, Share>();
  const types = new Map<QuestionType, Share>();
  for (const id of questionIds) {
    const question = bank.questions.get(id);
    if (!question) continue;
    const right = isCorrect(id) ? 1 : 0;
    const topicId = bank.topicOfQuestion.get(id) ?? "";
    const topic = topics.get(topicId) ?? { correct: 0, total: 0 };
    topics.set(topicId, { correct: topic.correct + right, total: topic.total + 1 });
    const type = types.get(question.type) ?? { correct: 0, total: 0 };
    types.set(question.type, { correct: type.correct + right, total: type.total + 1 });
  }
  const byTopic = bank.topics
    .filter((t) => topics.has(t.id))
    .map((t) => ({ topicId: t.id, title: t.title, ...(topics.get(t.id) as Share) }));
  const byType = [...types].map(([type, share]) => ({ type, label: QUESTION_TYPE_LABELS[type], ...share }));
  return { byTopic, byType };
}

/** A sentence that fits the score: praise that means something, and a next step when it is low. */
export function scoreWords(correct: number, total: number): string {
  if (total === 0) return "No questions were answered.";
  const share = correct / total;
  if (share === 1) return "A perfect run: every answer right.";
  if (share >= 0.85) return "Excellent: you know this well.";
  if (share >= 0.7) return "Good work: most of it is there.";
  if (share >= 0.5) return "Halfway there: the explanations below fill the gaps.";
  if (share > 0) return "A start: read the explanations, then retry what you missed.";
  return "None right this time: read the explanations below, then try again.";
}

/** Percentage points up or down from the previous attempt, or null without one. */
export function compareScores(now: Share, before: Share | null): number | null {
  if (!before || before.total === 0 || now.total === 0) return null;
  return Math.round((now.correct / now.total) * 100) - Math.round((before.correct / before.total) * 100);
}
