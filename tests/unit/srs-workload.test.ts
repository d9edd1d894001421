// The daily reviews the account page expects (lib/srs/workload.ts): none without cards in review, the
// same figure every time for the same cards, more for a memory that forgets faster or a higher retention.
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, newCardState, reviewCard, type CardState } from "@/lib/srs/scheduler";
import { expectedDailyReviews } from "@/lib/srs/workload";

const now = new Date("2026-12-01T12:00:00Z");
const DAY = 86_400_000;

/** Cards learned over the last month, each reviewed Good a few times. */
function deck(count: number): CardState[] {
  return Array.from({ length: count }, (_, i) => {
    let card = newCardState(new Date(now.getTime() - 30 * DAY));
    for (let k = 0; k < 1 + (i % 4); k++) card = reviewCard(card, 3, new Date(now.getTime() - (30 - k * 6 - (i % 5)) * DAY), { desiredRetention: 0.9 });
    return card;
  });
}

describe("expected daily reviews", () => {
  it("is zero with no cards, or new cards only", () => {
    expect(expectedDailyReviews([], { desiredRetention: 0.9 }, now)).toBe(0);
    expect(expectedDailyReviews([newCardState(now)], { desiredRetention: 0.9 }, now)).toBe(0);
  });

  it("gives the same figure for the same cards", () => {
    const cards = deck(40);
    expect(expectedDailyReviews(cards, { desiredRetention: 0.9 }, now)).toBe(expectedDailyReviews(cards, { desiredRetention: 0.9 }, now));
  });

  it("grows with the desired retention and with a memory that keeps less", () => {
    const cards = deck(40);
    const base = expectedDailyReviews(cards, { desiredRetention: 0.85 }, now);
    expect(base).toBeGreaterThan(0);
    expect(expectedDailyReviews(cards, { desiredRetention: 0.95 }, now)).toBeGreaterThan(base);
    // Stability grows half as fast after a success (w[8] lowered): more reviews.
    const forgetful = DEFAULT_WEIGHTS.map((w, i) => (i === 8 ? w - Math.log(2) : w));
    expect(expectedDailyReviews(cards, { desiredRetention: 0.85, weights: forgetful }, now)).toBeGreaterThan(base);
  });
});
