// Questions and facts a teacher wrote, served beside the content: their ids are namespaced ("tq:",
// "tf:") so they can never collide with a content id (content ids have no colon), and a bank with
// them is the content bank plus a class's items, built per viewer. Pure: the items come from the
// caller (lib/authoring reads them from the database, where who may see them is checked).
import type { QuestionBank } from "./bank";
import type { Fact, Question, Source } from "./schema";

const QUESTION_PREFIX = "tq:";
const FACT_PREFIX = "tf:";

export const teacherQuestionId = (rowId: string): string => `${QUESTION_PREFIX}${rowId}`;
export const teacherFactId = (rowId: string): string => `${FACT_PREFIX}${rowId}`;
export const isTeacherQuestionId = (id: string): boolean => id.startsWith(QUESTION_PREFIX);
export const isTeacherFactId = (id: string): boolean => id.startsWith(FACT_PREFIX);

/** What a bank gains from a teacher: their facts (each with its own source) and their questions. */
export type TeacherItems = { facts: { fact: Fact; source: Source }[]; questions: Question[] };

/** The bank with the teacher's items added; the content bank itself when there are none. */
export function withTeacherItems(base: QuestionBank, items: TeacherItems): QuestionBank {
  if (items.questions.length === 0 && items.facts.length === 0) return base;
  const facts = new Map(base.facts);
  const sources = new Map(base.sources);
  for (const { fact, source } of items.facts) {
    facts.set(fact.id, fact);
    sources.set(source.id, source);
  }
  const questions = new Map(base.questions);
  const topicOfQuestion = new Map(base.topicOfQuestion);
  const questionsByTopic = new Map(base.questionsByTopic);
  const questionsByFact = new Map(base.questionsByFact);
  for (const q of items.questions) {
    const topic = facts.get(q.facts[0] ?? "")?.topic;
    if (topic === undefined) continue;
    questions.set(q.id, q);
    topicOfQuestion.set(q.id, topic);
    questionsByTopic.set(topic, [...(questionsByTopic.get(topic) ?? []), q.id]);
    for (const f of q.facts) questionsByFact.set(f, [...(questionsByFact.get(f) ?? []), q]);
  }
  const topics = base.topics.map((t) => ({
    ...t,
    questionCount: questionsByTopic.get(t.id)?.length ?? 0,
    factCount: t.factCount + items.facts.filter(({ fact }) => fact.topic === t.id).length,
  }));
  return { sources, topics, facts, events: base.events, questions, topicOfQuestion, questionsByTopic, questionsByFact };
}
