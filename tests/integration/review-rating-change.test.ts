// Changing the rating the app gave an answer, and cram answers, on a real SQLite database through
// Prisma and the app's own review writer: the change is logged (the review undone, a replacement at
// its time), the card always equals a rebuild from the log, and a cram answer moves no card.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getBank } from "@/lib/content/bank";
import { openTestDatabase } from "../helpers/sqlite-test-db";

// The app's modules read `db` and `engine` from lib/db; here they are this test's own database file.
const connection = vi.hoisted(() => ({ client: undefined as unknown, engine: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return connection.client;
  },
  get engine() {
    return connection.engine;
  },
}));

const { submitReview, changeReviewRating, loadCramScreen } = await import("@/lib/srs/review-service");
const { countToday, findJustUndone, rebuildFromLog, undoLastReview, toCardState } = await import("@/lib/srs/store");

const bank = getBank();
const NOW = new Date("2026-12-01T03:00:00Z"); // 12:00 in Tokyo
const DAY = 86_400_000;
type Question = ReturnType<typeof bank.questions.get> & object;
type ChoiceQuestion = Extract<Question, { type: "multiple_choice" }>;
const choiceQuestions = [...bank.questions.values()].filter((q): q is ChoiceQuestion => q.type === "multiple_choice" && q.facts.length === 1);
let closeDatabase: () => Promise<void>;
let client: PrismaClient;
let reviewer: { id: string; desiredRetention: number; newPerDay: number; reviewsPerDay: number; timeZone: string; dayStartHour: number };
let keyCount = 0;

beforeAll(async () => {
  const database = openTestDatabase("ovf-rating-change-");
  client = database.client;
  closeDatabase = database.close;
  connection.client = client;
  connection.engine = database.engine;
  const user = await client.user.create({ data: { email: "l@example.org", name: "Learner", timeZone: "Asia/Tokyo", dayStartHour: 4 } });
  reviewer = { id: user.id, desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200, timeZone: "Asia/Tokyo", dayStartHour: 4 };
}, 60_000);

afterAll(() => closeDatabase());

/** Answers question `q` (right or wrong) at `at`, as the review screen sends it. */
async function answer(q: ChoiceQuestion, isRight: boolean, at: Date, cram = false) {
  const card = await client.card.findFirst({ where: { userId: reviewer.id, factId: q.facts[0]! } });
  const choice = isRight ? q.answer : q.distractors[0]!;
  const result = await submitReview(
    reviewer,
    bank,
    { factId: q.facts[0]!, questionId: q.id, clientKey: `key-${++keyCount}-abcdef`, expectedVersion: card?.version ?? 0, response: { kind: "choice", choice }, timeMs: 15_000, ...(cram ? { cram } : {}) },
    at,
  );
  if (!result.ok) throw new Error(result.message);
  return result;
}

async function expectCardEqualsRebuild(factId: string) {
  const card = await client.card.findFirstOrThrow({ where: { userId: reviewer.id, factId } });
  expect(toCardState(card)).toEqual(await rebuildFromLog(reviewer.id, card.id, reviewer.desiredRetention));
  return card;
}

describe("changing the app's rating", () => {
  it("logs the change, and the card equals a rebuild from the log after each change", async () => {
    const q = choiceQuestions[0]!;
    const factId = q.facts[0]!;
    await answer(q, true, new Date(NOW.getTime() - 3 * DAY));
    const first = await answer(q, true, NOW);
    expect(first.rating).toBe(3);
    expect(first.changeableTo).toEqual([1, 2, 3, 4]);
    const goodDue = (await expectCardEqualsRebuild(factId)).due;

    const hard = await changeReviewRating(reviewer, { reviewId: first.reviewId, rating: 2 }, new Date(NOW.getTime() + 5000));
    if (!hard.ok) throw new Error(hard.message);
    expect(hard.due.getTime()).toBeLessThan(goodDue.getTime());
    const afterHard = await expectCardEqualsRebuild(factId);
    expect(afterHard.due).toEqual(hard.due);

    const original = await client.review.findUniqueOrThrow({ where: { id: first.reviewId }, include: { undo: true, replacedBy: true } });
    expect(original.undo).not.toBeNull();
    expect(original.replacedBy).toMatchObject({ id: hard.reviewId, rating: 2, reviewedAt: original.reviewedAt, timeZone: "Asia/Tokyo", dayStartHour: 4, origin: "review" });
    expect(original.replacedBy?.elapsedDays).toBe(afterHard.elapsedDays);

    // The same change sent again is answered as the first; the replaced review cannot change again.
    expect(await changeReviewRating(reviewer, { reviewId: first.reviewId, rating: 2 }, NOW)).toMatchObject({ ok: true, replayed: true, reviewId: hard.reviewId });
    expect(await changeReviewRating(reviewer, { reviewId: first.reviewId, rating: 4 }, NOW)).toMatchObject({ ok: false, status: 409 });

    // A second change changes the replacement.
    const easy = await changeReviewRating(reviewer, { reviewId: hard.reviewId, rating: 4 }, new Date(NOW.getTime() + 9000));
    if (!easy.ok) throw new Error(easy.message);
    expect(easy.due.getTime()).toBeGreaterThan(goodDue.getTime());
    await expectCardEqualsRebuild(factId);
    expect(await client.review.count({ where: { userId: reviewer.id, factId, undo: null } })).toBe(2);
    // Today's limits count the answer once, whatever its rating became.
    expect(await countToday(reviewer.id, new Date(NOW.getTime() - 8 * 3600_000))).toEqual({ introducedToday: 0, reviewedToday: 0 });

    // A change is no undo: nothing is brought back, until Undo takes the grade back altogether.
    expect(await findJustUndone(reviewer.id)).toBeNull();
    const undone = await undoLastReview(reviewer.id, reviewer.desiredRetention, new Date(NOW.getTime() + 20_000));
    expect(undone).toMatchObject({ ok: true, factId });
    expect(await findJustUndone(reviewer.id)).toEqual({ factId, questionId: q.id });
    await expectCardEqualsRebuild(factId);
  });

  it("keeps a wrong answer at Again, and refuses a change once the card was reviewed again", async () => {
    const q = choiceQuestions[1]!;
    const wrong = await answer(q, false, NOW);
    expect(wrong.rating).toBe(1);
    expect(wrong.changeableTo).toEqual([1]);
    expect(await changeReviewRating(reviewer, { reviewId: wrong.reviewId, rating: 3 }, NOW)).toMatchObject({ ok: false, status: 422, code: "wrong_answer_again" });
    const next = await answer(q, true, new Date(NOW.getTime() + 15 * 60_000));
    expect(await changeReviewRating(reviewer, { reviewId: wrong.reviewId, rating: 1 }, NOW)).toMatchObject({ ok: false, status: 409 });
    expect(await changeReviewRating(reviewer, { reviewId: next.reviewId, rating: 2 }, NOW)).toMatchObject({ ok: true, replayed: false });
    await expectCardEqualsRebuild(q.facts[0]!);
  });

  it("refuses another learner's review as unknown", async () => {
    const q = choiceQuestions[2]!;
    const mine = await answer(q, true, NOW);
    const other = await client.user.create({ data: { email: "o@example.org", name: "Other" } });
    const outsider = { ...reviewer, id: other.id };
    expect(await changeReviewRating(outsider, { reviewId: mine.reviewId, rating: 2 }, NOW)).toMatchObject({ ok: false, status: 404 });
  });
});

describe("cram answers", () => {
  it("are logged but leave the card, today's limits and the rebuild as they were", async () => {
    const q = choiceQuestions[3]!;
    const factId = q.facts[0]!;
    await answer(q, true, new Date(NOW.getTime() - 2 * DAY));
    const before = await client.card.findFirstOrThrow({ where: { userId: reviewer.id, factId } });
    const dayStart = new Date(NOW.getTime() - 8 * 3600_000);
    const limits = await countToday(reviewer.id, dayStart);
    const crammed = await answer(q, false, NOW, true);
    expect(crammed).toMatchObject({ rating: 1, changeableTo: [], due: before.due });
    expect(await client.card.findFirstOrThrow({ where: { userId: reviewer.id, factId } })).toEqual(before);
    expect(await client.review.count({ where: { userId: reviewer.id, factId, origin: "cram" } })).toBe(1);
    expect(await countToday(reviewer.id, dayStart)).toEqual(limits);
    await expectCardEqualsRebuild(factId);
    // A cram answer is not the rating Undo takes back.
    const undo = await undoLastReview(reviewer.id, reviewer.desiredRetention, NOW);
    expect(undo.ok && undo.factId).not.toBe(factId);
    await expectCardEqualsRebuild(factId);
  });

  it("shows the topic.s studied cards, with no intervals, since cram schedules nothing", async () => {
    const topic = bank.facts.get(choiceQuestions[3]!.facts[0]!)!.topic;
    const screen = await loadCramScreen(reviewer, bank, NOW, "answer", topic);
    const studied = await client.card.findMany({ where: { userId: reviewer.id, state: { not: 0 } } });
    const inTopic = studied.filter((c) => bank.facts.get(c.factId)?.topic === topic);
    expect(screen.cramLeft).toBe(inTopic.length);
    expect(screen.card?.bucket).toBe("cram");
    expect(screen.card?.intervals).toBeNull();
  });
});
