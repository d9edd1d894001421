// What the learner knows now: predicted recall per topic, and how their cards split by state.
import type { ProgressCard, ProgressFact, ProgressTopic } from "./types";

export type TopicRecall = {
  topicId: string;
  title: string;
  facts: number;
  /** Facts whose card has been reviewed at least once (suspended ones included). */
  studied: number;
  /** Mean predicted recall of the studied, non-suspended cards; null when there are none. */
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

/** Anki's default leech threshold. */
export const LEECH_LAPSES = 8;

/** One row per topic, in the order given; facts of unknown topics and cards of unknown facts are skipped. */
export function recallByTopic(
  cards: Iterable<Pick<ProgressCard, "factId" | "suspended" | "recall">>,
  facts: Iterable<ProgressFact>,
  topics: readonly ProgressTopic[],
): TopicRecall[] {
  const cardByFact = new Map<string, Pick<ProgressCard, "suspended" | "recall">>();
  for (const card of cards) cardByFact.set(card.factId, card);

  const rows = new Map(topics.map((t) => [t.id, { facts: 0, studied: 0, recallSum: 0, recallCount: 0 }]));
  for (const fact of facts) {
    const row = rows.get(fact.topic);
    if (!row) continue;
    row.facts++;
    const card = cardByFact.get(fact.id);
    if (!card || card.recall === null) continue;
    row.studied++;
    // A suspended card's recall only decays; counting it would drag the topic down for a choice
    // the learner made on purpose.
    if (card.suspended) continue;
    row.recallSum += card.recall;
    row.recallCount++;
  }

  return topics.map((topic) => {
    const row = rows.get(topic.id) ?? { facts: 0, studied: 0, recallSum: 0, recallCount: 0 };
    return {
      topicId: topic.id,
      title: topic.title,
      facts: row.facts,
      studied: row.studied,
      meanRecall: row.recallCount === 0 ? null : row.recallSum / row.recallCount,
    };
  });
}

/**
 * Suspended cards are counted only as suspended, so the state counts plus `suspended` add up to
 * the number of cards. Leeches are counted across all cards: a suspended leech is still one.
 */
export function stateCounts(
  cards: Iterable<Pick<ProgressCard, "state" | "suspended" | "lapses">>,
  leechLapses = LEECH_LAPSES,
): StateCounts {
  const counts: StateCounts = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0, leeches: 0 };
  const names = ["new", "learning", "review", "relearning"] as const;
  for (const card of cards) {
    if (card.lapses >= leechLapses) counts.leeches++;
    if (card.suspended) counts.suspended++;
    else counts[names[card.state]]++;
  }
  return counts;
}
