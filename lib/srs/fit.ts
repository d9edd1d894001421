// Fitting a learner's FSRS-6 parameters to their own reviews with the FSRS optimizer (fsrs-rs, compiled
// for Node by @open-spaced-repetition/binding), and scoring parameters on reviews. Pure apart from the
// optimizer's own threads: takes the reviews, gives numbers; storing them is ./memory-model's job.
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { DEFAULT_WEIGHTS } from "./scheduler";

/** One review as the optimizer needs it: which card, the rating, and whole days since the card's previous review. */
export type FitReview = { cardId: string; rating: number; elapsedDays: number; reviewedAt: Date };

/**
 * Spaced reviews (a day or more after the card's previous review: Review.elapsedDays >= 1) a learner
 * needs before a fit. The optimizer learns only from those: in fsrs-rs's compute_parameters, fewer
 * than 8 give back the defaults and fewer than 64 fit only the four first-review stabilities; and a
 * card's first spaced review feeds those stabilities alone. 200 leaves room for a full fit of all 21.
 */
export const MIN_REVIEWS_TO_FIT = 200;

/** Whether a review counts towards MIN_REVIEWS_TO_FIT. */
export const isSpacedReview = (review: Pick<FitReview, "elapsedDays">) => review.elapsedDays >= 1;

/** FSRS-6 has 21 parameters; the optimizer answers with exactly that many. */
const PARAMETER_COUNT = 21;

/**
 * The optimizer's items: for every review after a card's first, that card's reviews up to it, each
 * with the days since the one before (0 for the first, as fsrs-rs requires). Reviews are grouped by
 * card and put in time order here, so the caller's query order does not matter. With `from`, only the
 * items whose last review is at or after it (a held-out set: its reviews predicted from all before them).
 */
export function toFsrsItems(reviews: readonly FitReview[], from?: Date): FSRSBindingItem[] {
  const byCard = new Map<string, FitReview[]>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  const items: FSRSBindingItem[] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const history = list.map((r, i) => new FSRSBindingReview(r.rating, i === 0 ? 0 : Math.max(0, Math.round(r.elapsedDays))));
    for (let end = 2; end <= history.length; end++) {
      const last = list[end - 1];
      if (from && last && last.reviewedAt.getTime() < from.getTime()) continue;
      items.push(new FSRSBindingItem(history.slice(0, end)));
    }
  }
  return items;
}

export type FitResult = { weights: number[]; logLoss: number; rmseBins: number; spacedReviews: number };

/** The items whose last review is a spaced one: the only ones the optimizer predicts (fsrs-rs refuses others). */
export const spacedItems = (items: FSRSBindingItem[]) => items.filter((item) => (item.current?.deltaT ?? 0) > 0);

/**
 * Scores `weights` on the spaced items of `items`: log loss and RMSE over bins of predicted recall
 * (fsrs-rs's own metrics).
 */
export function scoreParameters(items: FSRSBindingItem[], weights: readonly number[] = DEFAULT_WEIGHTS): { logLoss: number; rmseBins: number } {
  const { logLoss, rmseBins } = new FSRSBinding([...weights]).evaluate(spacedItems(items));
  return { logLoss, rmseBins };
}

/**
 * The parameters that fit these reviews best, with their log loss and RMSE (bins) on the same reviews;
 * null when there are too few reviews or the optimizer gave something unusable (then the defaults stay).
 */
export async function fitParameters(reviews: readonly FitReview[]): Promise<FitResult | null> {
  const items = spacedItems(toFsrsItems(reviews));
  if (items.length < MIN_REVIEWS_TO_FIT) return null;
  // Short-term memory on: the app's scheduler (ts-fsrs's defaults) has learning steps within a day.
  const weights = await computeParameters(items, { enableShortTerm: true });
  if (weights.length !== PARAMETER_COUNT || !weights.every(Number.isFinite)) return null;
  return { weights, ...scoreParameters(items, weights), spacedReviews: items.length };
}
