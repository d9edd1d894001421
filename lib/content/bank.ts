// The question bank the app serves: content/ loaded once per process, indexed by id and topic.
// A bank with problems is refused outright, so a broken edit fails loudly at start. The editorial
// checks (how well each question is written) are content:check's, which npm test runs: here they
// would cost every server most of a second on its first request.
import path from "node:path";
import { formatProblem, loadContent } from "./load";
import type { Event, Fact, Question, Source, Topic } from "./schema";

export type TopicSummary = Topic & { questionCount: number; factCount: number };

export type QuestionBank = {
  sources: Map<string, Source>;
  topics: TopicSummary[];
  facts: Map<string, Fact>;
  events: Map<string, Event>;
  questions: Map<string, Question>;
  /** Topic of a question: the topic of the first fact it tests. */
  topicOfQuestion: Map<string, string>;
  questionsByTopic: Map<string, string[]>;
  /** Questions that test each fact, so a card can be asked in any of its forms. */
  questionsByFact: Map<string, Question[]>;
};

export function buildBank(dir: string): QuestionBank {
  const { items, problems } = loadContent(dir, { editorial: false });
  if (problems.length > 0) {
    throw new Error(`content/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
  }
  const facts = new Map(items.facts.map(({ item }) => [item.id, item]));
  const questions = new Map(items.questions.map(({ item }) => [item.id, item]));
  const topicOfQuestion = new Map<string, string>();
  const questionsByFact = new Map<string, Question[]>();
  const questionsByTopic = new Map<string, string[]>();
  for (const q of questions.values()) {
    const topic = facts.get(q.facts[0] ?? "")?.topic ?? "";
    topicOfQuestion.set(q.id, topic);
    questionsByTopic.set(topic, [...(questionsByTopic.get(topic) ?? []), q.id]);
    for (const f of q.facts) questionsByFact.set(f, [...(questionsByFact.get(f) ?? []), q]);
  }
  const topics = items.topics.map(({ item }) => ({
    ...item,
    questionCount: questionsByTopic.get(item.id)?.length ?? 0,
    factCount: items.facts.filter((f) => f.item.topic === item.id).length,
  }));
  return {
    sources: new Map(items.sources.map(({ item }) => [item.id, item])),
    topics,
    facts,
    events: new Map(items.events.map(({ item }) => [item.id, item])),
    questions,
    topicOfQuestion,
    questionsByTopic,
    questionsByFact,
  };
}

// On globalThis, so every route bundle of the server (each has its own copy of this module) shares one.
const globalForBank = globalThis as unknown as { overflightBank?: QuestionBank };

/** The bank for this process, read from content/ beside the app on first use. */
export function getBank(): QuestionBank {
  globalForBank.overflightBank ??= buildBank(path.join(process.cwd(), "content"));
  return globalForBank.overflightBank;
}
