// The optimizer's input (lib/srs/fit.ts): a card's reviews become one item per review after its first,
// in time order whatever order they came in, the first with 0 days; a held-out set keeps the items whose
// last review is at or after its start; too few spaced reviews keep the defaults without a fit.
import { describe, expect, it } from "vitest";
import { fitParameters, MIN_REVIEWS_TO_FIT, spacedItems, toFsrsItems, type FitReview } from "@/lib/srs/fit";

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * DAY);
const review = (cardId: string, day: number, rating: number, elapsedDays: number): FitReview => ({ cardId, rating, elapsedDays, reviewedAt: at(day) });

const shape = (items: ReturnType<typeof toFsrsItems>) => items.map((item) => item.reviews.map((r) => [r.rating, r.deltaT]));

describe("the optimizer's items", () => {
  it("are one per review after a card's first, in time order, the first at 0 days", () => {
    const reviews = [review("a", 4, 3, 3), review("b", 0, 1, 0), review("a", 0, 3, 0), review("a", 1, 2, 1)];
    expect(shape(toFsrsItems(reviews))).toEqual([
      [[3, 0], [2, 1]],
      [[3, 0], [2, 1], [3, 3]],
    ]);
  });

  it("keep only items ending at or after `from` for a held-out set, their history whole", () => {
    const reviews = [review("a", 0, 3, 0), review("a", 2, 3, 2), review("a", 9, 1, 7)];
    expect(shape(toFsrsItems(reviews, at(5)))).toEqual([[[3, 0], [3, 2], [1, 7]]]);
  });

  it("count as predictions only when spaced (a same-day review is not one FSRS scores)", () => {
    const reviews = [review("a", 0, 3, 0), review("a", 0, 3, 0), review("a", 3, 3, 3), review("b", 0, 3, 0), review("b", 2, 1, 2)];
    const items = toFsrsItems(reviews);
    expect(items).toHaveLength(3);
    expect(spacedItems(items)).toHaveLength(2);
  });
});

describe("fitting", () => {
  it("keeps the defaults (null) below MIN_REVIEWS_TO_FIT spaced reviews, however many same-day ones", async () => {
    const reviews: FitReview[] = [];
    for (let card = 0; card < MIN_REVIEWS_TO_FIT - 1; card++) {
      reviews.push(review(`c${card}`, 0, 3, 0), review(`c${card}`, 0, 3, 0), review(`c${card}`, 3, 3, 3));
    }
    expect(await fitParameters(reviews)).toBeNull();
  });
});
