// FSRS-6 scheduling of one card, wrapping ts-fsrs behind the app's own card shape (the Prisma columns).
// Every function is pure: the same card, rating, time and options always give the same result, fuzz included.
import {
  type Card as FsrsCard,
  type FSRS,
  type Grade,
  State,
  StrategyMode,
  createEmptyCard,
  forgetting_curve,
  fsrs,
  generatorParameters,
} from "ts-fsrs";
import { learnerDayAxis, type LearnerDay } from "@/lib/time/learner-day";
import { formatInterval } from "./format-interval";

export { formatInterval };

export type SrsRating = 1 | 2 | 3 | 4; // Again, Hard, Good, Easy
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  /**
   * Whole days from the review before the last one to the last (0 for a card's first), counted in the
   * learner's days when the review was scheduled with `day` (UTC calendar days without it, ts-fsrs's own
   * rule). A review row stores the same number (review-plan).
   */
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  lastReview: Date | null;
};
export type SchedulerOptions = {
  desiredRetention: number;
  enableFuzz?: boolean /* default true */;
  /** The learner's fitted FSRS-6 parameters (21 numbers, lib/srs/memory-model); absent: FSRS's defaults. */
  weights?: readonly number[];
  /**
   * The learner's days, which elapsed days are counted in (as Anki's day cutoff): two reviews either side
   * of their day start are a day apart, two either side of midnight before it are not. Absent or null:
   * UTC calendar days, as ts-fsrs counts them (and as reviews were scheduled before days were stored).
   */
  day?: LearnerDay | null;
};
/**
 * One review of a log; `weights` are the parameters it was scheduled with (absent or null: the options'
 * ones) and `day` (when given, null for UTC days) the learner's days it was scheduled in.
 */
export type ReviewLogEntry = { rating: SrsRating; reviewedAt: Date; weights?: readonly number[] | null; day?: LearnerDay | null };

export const SRS_RATINGS: readonly SrsRating[] = [1, 2, 3, 4];
// Below 0.70 a learner forgets too often for reviews to feel useful; above 0.97 the review load
// grows steeply for little gain (FSRS's own guidance for the retention setting).
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;
export const DEFAULT_DESIRED_RETENTION = 0.9;

/** Keeps a user setting inside the range FSRS is sensible in; a missing or broken value means the default. */
export function clampRetention(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_DESIRED_RETENTION;
  return Math.min(MAX_DESIRED_RETENTION, Math.max(MIN_DESIRED_RETENTION, value));
}

/**
 * The fuzz seed: a function of the card's state before the review and the review time only. ts-fsrs
 * seeds its fuzz from a string too (time, reps, difficulty x stability), but ours is written out here so
 * that a ts-fsrs upgrade cannot change the intervals that a rebuilt card gets.
 */
function fuzzSeedOf(card: CardState, reviewTime: Date): string {
  return [reviewTime.getTime(), card.state, card.reps, card.lapses, card.stability, card.difficulty].join(":");
}

// A fresh instance per call: ts-fsrs keeps the fuzz seed on the instance, so sharing one would make
// the result depend on call order.
function schedulerFor(options: SchedulerOptions, seed: string): FSRS {
  const params = generatorParameters({
    request_retention: clampRetention(options.desiredRetention),
    enable_fuzz: options.enableFuzz ?? true,
    ...(options.weights ? { w: options.weights } : {}),
  });
  return fsrs(params).useStrategy(StrategyMode.SEED, () => seed);
}

function toStateNumber(state: State): CardState["state"] {
  switch (state) {
    case State.New:
      return 0;
    case State.Learning:
      return 1;
    case State.Review:
      return 2;
    case State.Relearning:
      return 3;
  }
}

function toFsrsCard(card: CardState): FsrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

function fromFsrsCard(card: FsrsCard): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: toStateNumber(card.state),
    lastReview: card.last_review ?? null,
  };
}

/**
 * The time a review is scheduled from. A clock that runs behind on one app instance must not put a
 * review before the previous one, which would give FSRS a negative elapsed time.
 */
function reviewTimeOf(card: CardState, now: Date): Date {
  return card.lastReview && card.lastReview.getTime() > now.getTime() ? card.lastReview : now;
}

export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now));
}

/**
 * The card and review time as ts-fsrs is given them, and the way back. ts-fsrs counts elapsed days
 * between the UTC dates of the last review and now, and schedules due = now + interval; on the learner's
 * day axis (lib/time) those UTC dates are the learner's days, and the interval is taken back unchanged,
 * so only the day count moves, never the length of an interval.
 */
function onDayAxis(card: CardState, at: Date, day: LearnerDay | null | undefined) {
  const fsrsCard = toFsrsCard(card);
  if (!day) return { fsrsCard, axisAt: at, back: (result: FsrsCard) => fromFsrsCard(result) };
  const lastReview = card.lastReview ? learnerDayAxis(card.lastReview, day) : null;
  const shifted = learnerDayAxis(at, day);
  // A wall clock that repeats an hour (daylight saving ending) must not put now before the last review.
  const axisAt = lastReview && lastReview.getTime() > shifted.getTime() ? lastReview : shifted;
  const toAxis = (t: Date) => new Date(t.getTime() - at.getTime() + axisAt.getTime());
  return {
    fsrsCard: { ...fsrsCard, due: toAxis(card.due), ...(lastReview ? { last_review: lastReview } : {}) },
    axisAt,
    back: (result: FsrsCard): CardState => ({
      ...fromFsrsCard(result),
      due: new Date(at.getTime() + (result.due.getTime() - axisAt.getTime())),
      lastReview: at,
    }),
  };
}

export function reviewCard(card: CardState, rating: SrsRating, now: Date, options: SchedulerOptions): CardState {
  const at = reviewTimeOf(card, now);
  const grade: Grade = rating;
  const { fsrsCard, axisAt, back } = onDayAxis(card, at, options.day);
  return back(schedulerFor(options, fuzzSeedOf(card, at)).next(fsrsCard, axisAt, grade).card);
}

/** What each rating would give, for the buttons: due date and a short label like "10m", "1d", "4d", "3.2mo", "1.1y". */
export function previewRatings(
  card: CardState,
  now: Date,
  options: SchedulerOptions,
): Record<SrsRating, { due: Date; interval: string }> {
  const at = reviewTimeOf(card, now);
  const { fsrsCard, axisAt, back } = onDayAxis(card, at, options.day);
  const preview = schedulerFor(options, fuzzSeedOf(card, at)).repeat(fsrsCard, axisAt);
  const entry = (rating: SrsRating) => {
    const due = back(preview[rating].card).due;
    // Labelled from `now`, not `at`: the learner sees the wait from the moment they press the button.
    return { due, interval: formatInterval(now, due) };
  };
  return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
}

const DAY_MS = 86_400_000;
/** FSRS-6's default parameters, the ones a learner without a fitted model is scheduled with. */
export const DEFAULT_WEIGHTS: readonly number[] = generatorParameters().w;

/**
 * Predicted recall probability now (0..1), or null for a card that was never reviewed.
 * Uses fractional days since the last review (ts-fsrs's own helper floors to whole days, which would
 * say 100% all day long for a card just learned).
 */
export function retrievability(
  card: Pick<CardState, "stability" | "lastReview"> & { state: number },
  now: Date,
  weights: readonly number[] = DEFAULT_WEIGHTS,
): number | null {
  if (card.state === 0 || !card.lastReview) return null;
  const elapsedDays = Math.max(0, (now.getTime() - card.lastReview.getTime()) / DAY_MS);
  // Only w[20] (the decay) matters to the forgetting curve; user retention does not change it.
  return forgetting_curve(weights, elapsedDays, card.stability);
}

/**
 * Replays a review log from an empty card created at `createdAt` (default: the first review's time).
 * The log is sorted oldest first (stable for equal times) so a caller's query order cannot change the
 * result. Throws on an empty log without `createdAt`, since there is no time to create the card at.
 */
export function rebuildCard(
  log: readonly ReviewLogEntry[],
  options: SchedulerOptions,
  createdAt?: Date,
): CardState {
  const ordered = [...log].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const start = createdAt ?? ordered[0]?.reviewedAt;
  if (!start) throw new RangeError("rebuildCard: an empty review log needs createdAt");
  return ordered.reduce(
    (card, review) =>
      reviewCard(card, review.rating, review.reviewedAt, {
        ...options,
        ...(review.weights ? { weights: review.weights } : {}),
        ...(review.day === undefined ? {} : { day: review.day }),
      }),
    newCardState(start),
  );
}
