// What one review does, apart from where it is stored: the card's next FSRS state and the review
// row to append, worked out from the card and the learner's parameters as they stand. The engine's
// writer (lib/db) stores exactly this, and the tests hold it to what Prisma stores for the same plan.
import { z } from "zod";
import type { CardRead, ParametersRow, PlannedReview, ReviewWrite, ReviewWriteOutcome } from "@/lib/db/engine";
import { newRowId } from "@/lib/db/ids";
import type { Card, Review } from "@/lib/generated/prisma/client";
import type { LearnerDay } from "@/lib/time/learner-day";
import { newCardState, reviewCard, type CardState, type SrsRating } from "./scheduler";

/** A learner's fitted parameters as scheduling needs them: the stored row's id and its 21 weights. */
export type LearnerWeights = { id: string; weights: readonly number[] };

const Weights = z.array(z.number().finite()).length(21);

/** A stored weights column, checked: anything but 21 finite numbers reads as the defaults (null). */
export function parseWeights(json: string | null): number[] | null {
  if (json === null) return null;
  try {
    const parsed = Weights.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The parameters a LearnerParameters row puts in force: null (FSRS's defaults) for none, a reset, or weights that do not parse. */
export function learnerWeights(row: ParametersRow | null): LearnerWeights | null {
  const weights = row ? parseWeights(row.weights) : null;
  return row && weights ? { id: row.id, weights } : null;
}

/** The origin of a cram answer: kept in the log, left out of everything that schedules (and of fits). */
export const CRAM = "cram";

export type StoredReview = {
  id: string;
  factId: string;
  questionId: string;
  rating: number;
  isCorrect: boolean | null;
  reviewedAt: Date;
};

export type ReviewInput = {
  userId: string;
  factId: string;
  questionId: string;
  clientKey: string;
  rating: SrsRating;
  isCorrect: boolean | null;
  /** cram: an answer in a cram session, kept in the log but never moving the card (see planCramReview). */
  origin: "review" | "flashcard" | "quiz" | "game" | "cram";
  timeMs?: number;
  desiredRetention: number;
  /** The learner's days, which FSRS counts elapsed days in; absent: UTC days. */
  day?: LearnerDay;
  now: Date;
  /** The card version the learner saw; null skips the check (quiz answers count whatever the card is). */
  expectedVersion: number | null;
  /** The card and parameters as read with the signed-in user, for the engine's write (lib/db's ReviewWrite.read). */
  read?: CardRead;
};

export type ReviewOutcome =
  | { ok: true; replayed: boolean; card: Card; review: StoredReview }
  | { ok: false; status: 409; code: "stale_card"; message: string; card: Card | null };

export const STALE_CARD_MESSAGE = "This card changed in another tab or device since it was shown. Here it is as it stands now.";

export type CardStateColumns = Pick<
  Card,
  "due" | "stability" | "difficulty" | "elapsedDays" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state" | "lastReview"
>;

export function toCardState(card: CardStateColumns): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState["state"],
    lastReview: card.lastReview,
  };
}

export function stateColumns(state: CardState): CardStateColumns {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsedDays: state.elapsedDays,
    scheduledDays: state.scheduledDays,
    learningSteps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    lastReview: state.lastReview,
  };
}

export type ReviewRow = Omit<StoredReview, "id"> & {
  userId: string;
  clientKey: string;
  origin: ReviewInput["origin"];
  stateBefore: number;
  elapsedDays: number;
  timeMs: number | null;
  parametersId: string | null;
  /** The days elapsedDays was counted in, so a rebuild replays the review exactly (null: UTC days). */
  timeZone: string | null;
  dayStartHour: number | null;
};

export type ReviewPlan = { version: number; after: CardStateColumns; review: ReviewRow };

/**
 * The review of `card` (null: never reviewed) as `input` asks for it, scheduled with the learner's
 * `parameters` in force (null: FSRS's defaults); null when the learner saw another version.
 */
export function planReview(card: (CardStateColumns & { version: number }) | null, input: ReviewInput, parameters: LearnerWeights | null): ReviewPlan | null {
  const version = card?.version ?? 0;
  if (input.expectedVersion !== null && input.expectedVersion !== version) return null;
  const before = card ? toCardState(card) : newCardState(input.now);
  const after = reviewCard(before, input.rating, input.now, {
    desiredRetention: input.desiredRetention,
    ...(parameters ? { weights: parameters.weights } : {}),
    day: input.day ?? null,
  });
  const elapsedDays = after.elapsedDays; // the card's own count (lib/srs/scheduler), so the log and the card agree
  return {
    version,
    after: stateColumns(after),
    review: {
      userId: input.userId,
      factId: input.factId,
      questionId: input.questionId,
      clientKey: input.clientKey,
      rating: input.rating,
      isCorrect: input.isCorrect,
      origin: input.origin,
      stateBefore: before.state,
      elapsedDays,
      timeMs: input.timeMs ?? null,
      parametersId: parameters?.id ?? null,
      timeZone: input.day?.timeZone ?? null,
      dayStartHour: input.day?.dayStartHour ?? null,
      // The scheduler never goes back in time: a lagging instance's clock must not reorder the log.
      reviewedAt: after.lastReview ?? input.now,
    },
  };
}

/**
 * A cram answer (a topic studied before a test, as Anki's filtered decks with "reschedule cards based on
 * my answers" off): the review row is kept, so history and streaks show the work, but the card is left
 * as it stands, so cramming cannot distort its schedule. elapsedDays is the gap the scheduler would
 * have counted. Every reader that schedules (rebuilds, today's limits, undo) leaves these rows out.
 */
export function planCramReview(card: CardStateColumns, input: ReviewInput): ReviewRow {
  const before = toCardState(card);
  const wouldBe = reviewCard(before, input.rating, input.now, { desiredRetention: input.desiredRetention, day: input.day ?? null });
  return {
    userId: input.userId,
    factId: input.factId,
    questionId: input.questionId,
    clientKey: input.clientKey,
    rating: input.rating,
    isCorrect: input.isCorrect,
    origin: "cram",
    stateBefore: before.state,
    elapsedDays: wouldBe.elapsedDays,
    timeMs: input.timeMs ?? null,
    // A cram answer schedules nothing, so no parameters were in force for it.
    parametersId: null,
    timeZone: input.day?.timeZone ?? null,
    dayStartHour: input.day?.dayStartHour ?? null,
    reviewedAt: input.now,
  };
}

/**
 * The rows a writer without Prisma stores for `plan`: the card as it will stand (a new one with a fresh
 * id, version 1) and the review with a fresh id.
 */
export function plannedRows(card: Card | null, input: ReviewInput, plan: ReviewPlan, now = new Date()): PlannedReview {
  const saved: Card = card
    ? { ...card, ...plan.after, version: plan.version + 1 }
    : { id: newRowId(now.getTime()), userId: input.userId, factId: input.factId, ...plan.after, suspended: false, version: 1, createdAt: now };
  // A new review replaces none: only a rating change (./store) writes a replacement.
  return { card: saved, review: { ...plan.review, id: newRowId(now.getTime()), cardId: saved.id, replacesId: null } };
}

/** The review as its writer is answered. */
export function storedReview({ id, factId, questionId, rating, isCorrect, reviewedAt }: Review): StoredReview {
  return { id, factId, questionId, rating, isCorrect, reviewedAt };
}

/** The write of `input` as the engine takes it: its rows planned on the card and the parameters row the engine read with it. */
export function reviewWrite(input: ReviewInput): ReviewWrite {
  return {
    userId: input.userId,
    factId: input.factId,
    clientKey: input.clientKey,
    ...(input.read ? { read: input.read } : {}),
    plan: (card: Card | null, parameters: ParametersRow | null) => {
      const plan = planReview(card, input, learnerWeights(parameters));
      return plan && plannedRows(card, input, plan);
    },
  };
}

/** The engine's answer as the learner is answered: a card that moved is a 409. */
export function toReviewOutcome(outcome: ReviewWriteOutcome): ReviewOutcome {
  if (!outcome.ok) return { ok: false, status: 409, code: "stale_card", message: STALE_CARD_MESSAGE, card: outcome.card };
  return { ok: true, replayed: outcome.replayed, card: outcome.card, review: storedReview(outcome.review) };
}
