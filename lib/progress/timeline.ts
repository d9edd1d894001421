// The treaty timeline: dated events in order, each marked with how well the learner knows its fact.
import type { ProgressCard, ProgressEvent } from "./types";

export type RecallLevel = "unseen" | "weak" | "fair" | "strong";
export type TimelineEntry = {
  id: string;
  date: string;
  label: string;
  factId: string;
  recall: number | null;
  level: RecallLevel;
};

/**
 * 0.9 is FSRS's default desired retention: at or above it a fact is as safe as the schedule aims
 * for. Below 0.7 the learner is close to a coin flip on it and should revisit it before relying on it.
 */
export const STRONG_RECALL = 0.9;
export const FAIR_RECALL = 0.7;

export function classifyRecall(recall: number | null): RecallLevel {
  if (recall === null) return "unseen";
  if (recall >= STRONG_RECALL) return "strong";
  if (recall >= FAIR_RECALL) return "fair";
  return "weak";
}

/** Events by date; events on the same date keep the order they were given in. */
export function eventTimeline(
  events: readonly ProgressEvent[],
  cards: Iterable<Pick<ProgressCard, "factId" | "recall">>,
): TimelineEntry[] {
  const recallByFact = new Map<string, number | null>();
  for (const card of cards) recallByFact.set(card.factId, card.recall);

  return [...events]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((event) => {
      const recall = recallByFact.get(event.fact) ?? null;
      return { id: event.id, date: event.date, label: event.label, factId: event.fact, recall, level: classifyRecall(recall) };
    });
}
