// "A card is a cache of its review log": the card's stored state must equal a rebuild of the reviews
// that were not undone, each replayed in the learner's days it was scheduled in (its time zone and day start).
import { expect } from "@playwright/test";
import { rebuildCard, type SrsRating } from "../../../lib/srs/scheduler";
import { readRows } from "./db";

type CardRow = { state: number; reps: number; lapses: number; stability: number; difficulty: number; due: string | Date };
type LogRow = { rating: SrsRating; reviewedAt: string | Date; timeZone: string | null; dayStartHour: number | null };

/** Checks the learner's card of `factId` against a rebuild of its log; returns the rebuilt state. */
export async function expectCardRebuiltFromLog(userId: string, factId: string) {
  const [card] = await readRows<CardRow>("SELECT state, reps, lapses, stability, difficulty, due FROM Card WHERE userId = ? AND factId = ?", userId, factId);
  expect(card, `a card of ${factId}`).toBeDefined();
  const log = await readRows<LogRow>(
    "SELECT rating, reviewedAt, timeZone, dayStartHour FROM Review r WHERE userId = ? AND factId = ? AND NOT EXISTS (SELECT 1 FROM ReviewUndo u WHERE u.reviewId = r.id) ORDER BY reviewedAt",
    userId,
    factId,
  );
  expect(log.every((r) => r.timeZone !== null && r.dayStartHour !== null), `every review of ${factId} names its learner day`).toBe(true);
  const rebuilt = rebuildCard(
    log.map((r) => ({ rating: r.rating, reviewedAt: new Date(r.reviewedAt), day: { timeZone: r.timeZone!, dayStartHour: r.dayStartHour! } })),
    { desiredRetention: 0.9 },
  );
  expect({ ...card!, due: new Date(card!.due).getTime() }, factId).toEqual({
    state: rebuilt.state,
    reps: rebuilt.reps,
    lapses: rebuilt.lapses,
    stability: rebuilt.stability,
    difficulty: rebuilt.difficulty,
    due: rebuilt.due.getTime(),
  });
  return rebuilt;
}
