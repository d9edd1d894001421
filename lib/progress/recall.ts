// What the learner knows now: predicted recall per topic (the rule of lib/srs/recall), and how their
// cards split by state.
import { isLeech } from "@/lib/srs/leech";
import { summarizeRecall } from "@/lib/srs/recall";
import type { ProgressCard, ProgressFact, ProgressTopic } from "./types";

export type TopicRecall = {
  topicId: string;
  title: string;
  facts: number;
  /** Facts whose card has been reviewed at least once (suspended ones included). */
  studied: number;
  /** Predicted recall of the topic: the mean over all its facts, an unstudied one counting 0; null for a topic with no facts. */
  meanRecall: number | null;
};

export type StateCounts = {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  suspended: number;
  leeches: number;
};

/** One row per topic, in the order given; facts of unknown topics and cards of unknown facts are skipped. */
export function recallByTopic(
  cards: Iterable<Pick<ProgressCard, "factId" | "recall">>,
  facts: Iterable<ProgressFact>,
  topics: readonly ProgressTopic[],
): TopicRecall[] {
  const recallOf = new Map<string, number | null>();
  for (const card of cards) recallOf.set(card.factId, card.recall);
  const recallsByTopic = new Map<string, (number | null)[]>(topics.map((t) => [t.id, []]));
  for (const fact of facts) recallsByTopic.get(fact.topic)?.push(recallOf.get(fact.id) ?? null);
  return topics.map((topic) => {
    const { count, studied, recall } = summarizeRecall(recallsByTopic.get(topic.id) ?? []);
    return { topicId: topic.id, title: topic.title, facts: count, studied, meanRecall: recall };
  });
}

/**
 * Suspended cards are counted only as suspended, so the state counts plus `suspended` add up to
 * the number of cards. Leeches are counted across all cards: a suspended leech is still one.
 */
export function stateCounts(cards: Iterable<Pick<ProgressCard, "state" | "suspended" | "lapses">>): StateCounts {
  const counts: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, leeches: 0 };
  const names = ["new", "learning", "review", "relearning"] as const;
  for (const card of cards) {
    if (isLeech(card)) counts.leeches++;
    if (card.suspended) counts.suspended++;
    else counts[names[card.state]]++;
  }
  return counts;
}
