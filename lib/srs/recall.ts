// Predicted recall: the one rule behind every recall figure the app shows, the learner's topics on the
// dashboard, a mastery assignment's progress and the gradebook's per-fact figures. Pure; the caller
// says at which instant recall is judged (now, in 7 days, at a due date).
//
// The rule, and why:
// - A fact's recall for one learner at `at` is their card's FSRS retrievability then; null (nothing to
//   predict) when they have no card or have never reviewed it.
// - A suspended card counts like any other. Suspending stops the reviews, not the forgetting, so its
//   prediction holds like every other; leaving it out would let a student lift a mastery figure by
//   suspending their weakest cards, and counting it as 0 would call a card they know well forgotten.
// - The recall of a set (a topic's facts for one learner, one fact across a class) is the mean over the
//   whole set, a fact never studied counting 0: the share of it the learner (or class) would be expected
//   to recall. A target on a topic is about the topic, not the part of it a student chose to study, and
//   with one rule the per-fact figures of a class average to its students' topic figures. How much was
//   studied is reported beside it (`studied` of `count`).
// - A goal ("keep this set above X% until D") is judged at D, as if nothing more were reviewed: it is met
//   only when every fact of the set is predicted at or above X% then. A mean would let a few strong facts
//   carry a forgotten one, and judging it now would call any fact answered a minute ago (even wrongly)
//   safe, since FSRS predicts about 100% just after any review.
// - A figure shown without a date (the dashboard's topics, the events timeline) is judged RECALL_HORIZON_DAYS
//   ahead and says so. A month is past any first review's stability (FSRS-6's largest, Easy, is about
//   8 days), so no fact answered once reads as safe there.
import { retrievability, type CardState } from "./scheduler";

/** The card columns recall depends on (a Prisma Card row has them). */
export type RecallCard = Pick<CardState, "stability" | "lastReview"> & { state: number };

export type RecallSummary = {
  /** How many (learner, fact) pairs were judged. */
  count: number;
  /** How many of them have a card reviewed at least once, suspended or not. */
  studied: number;
  /** Mean predicted recall over all `count`, a pair never studied counting 0; null when `count` is 0. */
  recall: number | null;
};

/** One learner's predicted recall of one fact at `at` (0..1), or null when their card is missing or was never reviewed. */
export function factRecall(card: RecallCard | null | undefined, at: Date): number | null {
  return card ? retrievability(card, at) : null;
}

/** The recall of a set from each pair's recall (as factRecall gives it), for callers that already hold them. */
export function summarizeRecall(recalls: Iterable<number | null>): RecallSummary {
  let count = 0;
  let studied = 0;
  let sum = 0;
  for (const recall of recalls) {
    count++;
    if (recall === null) continue;
    studied++;
    sum += recall;
  }
  return { count, studied, recall: count === 0 ? null : sum / count };
}

/** The recall at `at` of a set of (learner, fact) pairs, one card (or none) per pair. */
export function predictRecall(cards: Iterable<RecallCard | null | undefined>, at: Date): RecallSummary {
  const recalls: (number | null)[] = [];
  for (const card of cards) recalls.push(factRecall(card, at));
  return summarizeRecall(recalls);
}

/** How far ahead the figures that name no date of their own are judged ("in 30 days"). */
export const RECALL_HORIZON_DAYS = 30;

/** The instant RECALL_HORIZON_DAYS after `now`. */
export function recallHorizon(now: Date): Date {
  return new Date(now.getTime() + RECALL_HORIZON_DAYS * 86_400_000);
}

export type GoalJudgement = RecallSummary & {
  /** The instant the set was judged at (the goal's due date). */
  at: Date;
  target: number;
  /** Facts predicted below the target at `at`, never-studied ones included: the cards that would lift it. */
  below: number;
  /** Every fact of a non-empty set is predicted at or above the target at `at`. */
  isMet: boolean;
};

/** A goal "keep this set at or above `target` until `at`", judged by what FSRS predicts at `at` if nothing more is reviewed. */
export function judgeRecallGoal(cards: Iterable<RecallCard | null | undefined>, target: number, at: Date): GoalJudgement {
  const recalls: (number | null)[] = [];
  for (const card of cards) recalls.push(factRecall(card, at));
  const below = recalls.filter((r) => r === null || r < target).length;
  const summary = summarizeRecall(recalls);
  return { ...summary, at, target, below, isMet: summary.count > 0 && below === 0 };
}
