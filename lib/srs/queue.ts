// Today's study queue for one learner: which cards are due and which facts to introduce, within the
// daily limits. Pure: the caller loads cards and today's counts, and rebuilds the queue after each answer.

export type QueueCard = { factId: string; due: Date; state: 0 | 1 | 2 | 3; suspended: boolean };
export type QueueInput = {
  cards: QueueCard[];
  factOrder: string[]; // every fact id in teaching order
  introducedToday: number;
  /** Reviews today of cards that were in review state (Review.stateBefore = 2); learning steps do not count. */
  reviewedToday: number;
  newPerDay: number;
  reviewsPerDay: number;
  now: Date;
  dayEnd: Date;
};
export type Queue = {
  /**
   * Fact ids of cards due before dayEnd: learning/relearning cards due by now (by due), then review
   * cards due today (by due, capped by reviewsPerDay - reviewedToday), then learning cards due later today.
   */
  due: string[];
  /** How many leading entries of `due` are ready now; the rest are learning cards waiting for their step. */
  dueNow: number;
  /** Fact ids with no card yet, or with a card never reviewed (in factOrder), capped by newPerDay - introducedToday. */
  fresh: string[];
  counts: { new: number; learning: number; due: number };
};

const isLearning = (card: QueueCard) => card.state === 1 || card.state === 3;

function remaining(limit: number, used: number): number {
  return Math.max(0, Math.floor(limit) - Math.floor(used));
}

/**
 * Decisions, where Anki's experience guided them:
 * - Review cards are day-granular: one due any time before dayEnd is ready now, as in Anki.
 * - Learning and relearning cards are minute-granular: they wait for their step, but are listed after
 *   everything else, so a learner who has done all else can learn ahead instead of being stuck.
 * - The review cap limits review cards only. Learning cards are mid-step; dropping them would break the
 *   steps FSRS just scheduled, so they are never capped (Anki does the same).
 * - Cards of facts missing from factOrder (retired content) and suspended cards never appear.
 * - A card that exists but was never reviewed (state 0, e.g. after undoing its only review) is new.
 */
export function buildQueue(input: QueueInput): Queue {
  const rank = new Map<string, number>();
  input.factOrder.forEach((id, index) => {
    if (!rank.has(id)) rank.set(id, index);
  });
  const cardOf = new Map<string, QueueCard>();
  for (const card of input.cards) {
    if (rank.has(card.factId) && !cardOf.has(card.factId)) cardOf.set(card.factId, card);
  }
  const active = [...cardOf.values()].filter((card) => !card.suspended);
  const byDue = (a: QueueCard, b: QueueCard) =>
    a.due.getTime() - b.due.getTime() || (rank.get(a.factId) ?? 0) - (rank.get(b.factId) ?? 0);
  const dueToday = active.filter((card) => card.due.getTime() < input.dayEnd.getTime()).sort(byDue);

  const learning = dueToday.filter(isLearning);
  const readyLearning = learning.filter((card) => card.due.getTime() <= input.now.getTime());
  const laterLearning = learning.filter((card) => card.due.getTime() > input.now.getTime());
  const reviews = dueToday
    .filter((card) => card.state === 2)
    .slice(0, remaining(input.reviewsPerDay, input.reviewedToday));

  const fresh = [...rank.keys()]
    .filter((id) => {
      const card = cardOf.get(id);
      return !card || (card.state === 0 && !card.suspended);
    })
    .slice(0, remaining(input.newPerDay, input.introducedToday));

  const ready = [...readyLearning, ...reviews];
  return {
    due: [...ready, ...laterLearning].map((card) => card.factId),
    dueNow: ready.length,
    fresh,
    counts: { new: fresh.length, learning: learning.length, due: reviews.length },
  };
}

/** Ready due cards first, then new facts, then learning cards ahead of their step; null when done for today. */
export function nextInQueue(queue: Queue): string | null {
  if (queue.dueNow > 0) return queue.due[0] ?? null;
  return queue.fresh[0] ?? queue.due[0] ?? null;
}

export type CramCard = { factId: string; state: 0 | 1 | 2 | 3; suspended: boolean; recall: number | null };

/**
 * A cram session's order: every card of the topic studied at least once and not suspended, weakest
 * predicted recall first; a card answered today in cram leaves the session, unless its last cram
 * answer today was Again, when it comes back after the others (as Anki's filtered decks repeat a failed
 * card). `crammedToday` holds each fact's cram answers today, oldest first.
 */
export function buildCramQueue(input: { cards: CramCard[]; factIds: string[]; crammedToday: ReadonlyMap<string, readonly number[]> }): string[] {
  const inTopic = new Set(input.factIds);
  const studied = input.cards.filter((c) => inTopic.has(c.factId) && c.state !== 0 && !c.suspended);
  const byRecall = (a: CramCard, b: CramCard) => (a.recall ?? 0) - (b.recall ?? 0) || input.factIds.indexOf(a.factId) - input.factIds.indexOf(b.factId);
  const fresh = studied.filter((c) => !input.crammedToday.has(c.factId)).sort(byRecall);
  const failed = studied.filter((c) => input.crammedToday.get(c.factId)?.at(-1) === 1).sort(byRecall);
  return [...fresh, ...failed].map((c) => c.factId);
}
