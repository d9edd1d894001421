// A question as a teacher reads it when choosing or reviewing questions: its type, the whole of
// what the student sees (a cloze's sentence, a quote), the right answer and the fact it tests.
import type { QuestionBank } from "@/lib/content/bank";
import { QUESTION_TYPE_LABELS, type Question, type QuestionType } from "@/lib/content/schema";
import { formatQuote } from "./format";
import { expectedAnswer } from "./grade";

export type QuestionSummary = {
  id: string;
  type: QuestionType;
  typeLabel: string;
  prompt: string;
  /** What the student reads under the prompt: the sentence with its blank, or the quote. */
  stem: string | null;
  answer: string;
  /** The statements of the facts it tests. */
  facts: string[];
  topicId: string;
  topicTitle: string;
};

function stemOf(q: Question): string | null {
  if (q.type === "cloze") return q.text;
  if (q.type === "who_said") return `“${formatQuote(q.quote)}”`;
  return null;
}

export function summarizeQuestion(q: Question, bank: QuestionBank): QuestionSummary {
  const topicId = bank.topicOfQuestion.get(q.id) ?? "";
  return {
    id: q.id,
    type: q.type,
    typeLabel: QUESTION_TYPE_LABELS[q.type],
    prompt: q.prompt,
    stem: stemOf(q),
    answer: expectedAnswer(q, bank),
    facts: q.facts.map((id) => bank.facts.get(id)?.statement ?? id),
    topicId,
    topicTitle: bank.topics.find((t) => t.id === topicId)?.title ?? "",
  };
}
