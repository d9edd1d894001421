// What the classroom views judge predicted recall from (by the rule of lib/srs/recall): the students'
// cards of the facts asked about, read once for a whole class and all its assignments together.
import "server-only";
import type { QuestionBank } from "@/lib/content/bank";
import { db } from "@/lib/db";
import type { RecallCard } from "@/lib/srs/recall";

export type CardOf = (userId: string, factId: string) => RecallCard | undefined;

/** The facts of each topic, in the bank's order; a topic the bank does not have has none. */
export function factsOfTopics(bank: QuestionBank, topicIds: Iterable<string>): Map<string, string[]> {
  const byTopic = new Map<string, string[]>([...topicIds].map((t) => [t, []]));
  for (const fact of bank.facts.values()) byTopic.get(fact.topic)?.push(fact.id);
  return byTopic;
}

/** The learners' cards of these facts in one query, looked up by learner and fact (a class of 300 has thousands per topic). */
export async function loadCards(userIds: readonly string[], factIds: readonly string[]): Promise<CardOf> {
  const cards =
    userIds.length === 0 || factIds.length === 0
      ? []
      : await db.card.findMany({
          where: { userId: { in: [...userIds] }, factId: { in: [...new Set(factIds)] } },
          select: { userId: true, factId: true, state: true, stability: true, lastReview: true },
        });
  const byKey = new Map(cards.map((c) => [`${c.userId}:${c.factId}`, c]));
  return (userId, factId) => byKey.get(`${userId}:${factId}`);
}

