// The memory model fitted to a learner, end to end on a real SQLite database through the app's own
// lib/db (its engine and Prisma): a simulated learner's reviews are recorded as the app records them;
// the fit is queued after a review as the routes queue it and runs in the background queue; the stored
// parameters then schedule the learner's next review, a rebuild from the log replays every review with
// the parameters it had, and a reset brings the defaults back.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBank } from "@/lib/content/bank";
import { isCardQuestion } from "@/lib/srs/form";
import { reviewCard, type SrsRating } from "@/lib/srs/scheduler";
import { toCardState } from "@/lib/srs/review-plan";
import { simulateLearner } from "../../bench/memory-model";
import { prisma as prismaCli } from "../helpers/prisma-cli";

const dir = path.join(process.cwd(), ".tmp", `memory-model-${process.pid}`);
const file = path.join(dir, "test.db");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
prismaCli(["migrate", "deploy"], `file:${file}`);
process.env.DATABASE_URL = `file:${file}`;

// Imported once DATABASE_URL names this test's database: lib/db connects to it.
const { db } = await import("@/lib/db");
const { recordReview, rebuildFromLog } = await import("@/lib/srs/store");
const { submitReview } = await import("@/lib/srs/review-service");
const { currentParameters, memoryModelOf, resetParameters, isFitDue } = await import("@/lib/srs/memory-model");
const { requestFitIfDue } = await import("@/lib/srs/fit-job");

const bank = getBank();
const facts = [...bank.facts.values()].filter((f) => bank.questionsByFact.get(f.id)?.some(isCardQuestion)).map((f) => f.id);
const questionOf = (factId: string) => bank.questionsByFact.get(factId)?.find(isCardQuestion)?.id ?? "";
const learner = simulateLearner(1, { cards: Math.min(60, facts.length - 1), days: 100, splitDay: 100, newPerDay: 6 });
const factOf = (cardId: string) => facts[Number(cardId.split("-")[1])] ?? "";
const reviewer = { id: "", desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, timeZone: "UTC", dayStartHour: 4 };
const last = learner.train[learner.train.length - 1]?.reviewedAt ?? new Date();
const later = (days: number) => new Date(last.getTime() + days * 86_400_000);

async function waitFor<T>(read: () => Promise<T | null>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out waiting for the background fit");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  const user = await db.user.create({ data: { email: "fit@example.org", name: "Fit Learner" } });
  reviewer.id = user.id;
  let n = 0;
  for (const r of learner.train) {
    const factId = factOf(r.cardId);
    const outcome = await recordReview({
      userId: user.id, factId, questionId: questionOf(factId), clientKey: `sim-${n++}`, rating: r.rating as SrsRating,
      isCorrect: r.rating > 1, origin: "flashcard", desiredRetention: 0.9, now: r.reviewedAt, expectedVersion: null,
    });
    if (!outcome.ok) throw new Error("a simulated review was refused");
  }
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a learner's memory model", () => {
  it("is fitted in the background once they have enough reviews, and stored with the count and date", async () => {
    expect(await currentParameters(reviewer.id)).toBeNull();
    expect(await isFitDue(reviewer.id, later(0))).toBe(true);
    // Queued twice (two reviews in a row): one fit, in the background.
    await Promise.all([requestFitIfDue(reviewer.id, later(0)), requestFitIfDue(reviewer.id, later(0))]);
    const stored = await waitFor(() => currentParameters(reviewer.id));
    expect(stored.weights).toHaveLength(21);
    const rows = await db.learnerParameters.findMany({ where: { userId: reviewer.id } });
    expect(rows).toHaveLength(1);
    const spaced = await db.review.count({ where: { userId: reviewer.id, elapsedDays: { gte: 1 } } });
    expect(rows[0]?.reviewCount).toBe(spaced);
    expect(rows[0]?.logLoss).toBeGreaterThan(0);
    const model = await memoryModelOf(reviewer.id);
    expect(model).toMatchObject({ kind: "fitted", reviewCount: spaced });
    // Not due again right after.
    expect(await isFitDue(reviewer.id, later(0))).toBe(false);
  }, 120_000);

  it("schedules the learner's next review, and a rebuild replays each review with its own parameters", async () => {
    const parameters = await currentParameters(reviewer.id);
    if (!parameters) throw new Error("no parameters stored");
    const card = await db.card.findFirst({ where: { userId: reviewer.id, state: 2 }, orderBy: { due: "asc" } });
    if (!card) throw new Error("no card in review");
    const at = later(3);
    const result = await submitReview(reviewer, bank, { factId: card.factId, questionId: questionOf(card.factId), clientKey: "after-fit-1", expectedVersion: card.version, rating: 3 }, at);
    expect(result.ok).toBe(true);
    const review = await db.review.findFirstOrThrow({ where: { userId: reviewer.id, clientKey: "after-fit-1" } });
    expect(review.parametersId).toBe(parameters.id);
    const moved = await db.card.findFirstOrThrow({ where: { id: card.id } });
    const withFitted = reviewCard(toCardState(card), 3, at, { desiredRetention: 0.9, weights: parameters.weights });
    const withDefaults = reviewCard(toCardState(card), 3, at, { desiredRetention: 0.9 });
    expect(moved.stability).toBeCloseTo(withFitted.stability, 9);
    expect(moved.due).toEqual(withFitted.due);
    expect(withFitted.stability).not.toBeCloseTo(withDefaults.stability, 3);
    // Earlier reviews were scheduled with the defaults, the last with the fitted parameters: the
    // rebuild gives the card as stored.
    const rebuilt = await rebuildFromLog(reviewer.id, card.id, 0.9);
    expect(rebuilt).toEqual(toCardState(moved));
  });

  it("goes back to the defaults on a reset, keeping what earlier reviews were scheduled with", async () => {
    const before = await db.learnerParameters.count({ where: { userId: reviewer.id } });
    expect(await resetParameters(reviewer.id, later(4))).toEqual({ changed: true });
    expect(await resetParameters(reviewer.id, later(4))).toEqual({ changed: false }); // a resend changes nothing
    expect(await db.learnerParameters.count({ where: { userId: reviewer.id } })).toBe(before + 1);
    expect(await currentParameters(reviewer.id)).toBeNull();
    expect(await memoryModelOf(reviewer.id)).toMatchObject({ kind: "defaults", reviewsNeeded: 100 });
    expect(await isFitDue(reviewer.id, later(30))).toBe(false); // waits for new reviews, not for time
    const card = await db.card.findFirstOrThrow({ where: { userId: reviewer.id, state: 2 }, orderBy: { due: "asc" } });
    const at = later(5);
    await submitReview(reviewer, bank, { factId: card.factId, questionId: questionOf(card.factId), clientKey: "after-reset-1", expectedVersion: card.version, rating: 3 }, at);
    const review = await db.review.findFirstOrThrow({ where: { userId: reviewer.id, clientKey: "after-reset-1" } });
    expect(review.parametersId).toBeNull();
    const moved = await db.card.findFirstOrThrow({ where: { id: card.id } });
    expect(await rebuildFromLog(reviewer.id, card.id, 0.9)).toEqual(toCardState(moved));
  });
});
