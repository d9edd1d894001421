// What the question form offers and starts from: the facts of a class's bank grouped by topic (the
// teacher's own marked), and a stored question as the form's text fields.
import type { QuestionBank } from "@/lib/content/bank";
import type { Question } from "@/lib/content/schema";
import { isTeacherFactId } from "@/lib/content/teacher";

export type FactChoiceGroup = { topicId: string; topicTitle: string; facts: { id: string; statement: string; byTeacher: boolean }[] };

export function factChoices(bank: QuestionBank): FactChoiceGroup[] {
  return bank.topics.map((t) => ({
    topicId: t.id,
    topicTitle: t.title,
    facts: [...bank.facts.values()]
      .filter((f) => f.topic === t.id)
      .map((f) => ({ id: f.id, statement: f.statement, byTeacher: isTeacherFactId(f.id) }))
      // The teacher's own facts first: they are the ones most often asked about again.
      .sort((a, b) => Number(b.byTeacher) - Number(a.byTeacher)),
  }));
}

/** A stored question as the form's fields (lists one entry a line). */
export function formValuesOf(q: Question, factId: string): Record<string, string> {
  const values: Record<string, string> = { fact: factId, prompt: q.prompt, explanation: q.explanation };
  if (q.type === "true_false") values.answer = q.answer ? "true" : "false";
  if (q.type === "multiple_choice") Object.assign(values, { answer: q.answer, distractors: q.distractors.join("\n") });
  if (q.type === "typed") Object.assign(values, { answer: q.answer, accept: q.accept.join("\n"), reject: q.reject.join("\n") });
  return values;
}
