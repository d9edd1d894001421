// Bad input to the quiz API: every request gets a 4xx with a message a person can read, and
// nothing is written. Also: the same answer sent twice is stored once.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { getTestBank } from "./helpers/bank";
import { countRows } from "./helpers/db";

const bank = getTestBank();
type ChoiceQuestion = Extract<Question, { type: "multiple_choice" | "who_said" }>;
const choiceQuestions = [...bank.questions.values()].filter(
  (q): q is ChoiceQuestion => q.type === "multiple_choice" || q.type === "who_said",
);
const [first, second] = choiceQuestions;
const third = [...bank.questions.values()].find((q) => q !== first && q !== second);

async function expectRefused(response: APIResponse, status: number, message: RegExp) {
  expect(response.status(), await response.text()).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.message).toMatch(message);
  expect(body.error.message).not.toMatch(/at \w+ \(|Prisma|stack/i);
}

async function newAttempt(request: APIRequestContext, questionIds: string[]) {
  const res = await request.post("/api/attempts", { data: { questionIds } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

function learnerOf(attemptId: string): Promise<number> {
  return countRows("SELECT count(*) AS n FROM Attempt WHERE learnerId = (SELECT learnerId FROM Attempt WHERE id = ?)", attemptId);
}

test("starting a quiz with bad input is refused with a clear message and creates nothing", async ({ request }) => {
  const attemptId = await newAttempt(request, [first!.id]);
  const before = await learnerOf(attemptId);
  const post = (data: unknown, headers?: Record<string, string>) =>
    request.post("/api/attempts", { data: Buffer.from(typeof data === "string" ? data : JSON.stringify(data)), headers: { "content-type": "application/json", ...headers } });

  await expectRefused(await post({ topic: "no-such-topic", length: 5 }), 404, /no topic/);
  await expectRefused(await post({ topic: "mixed", length: 0 }), 422, /at least one question/);
  await expectRefused(await post({ topic: "mixed", length: 1000 }), 422, /at most 50/);
  await expectRefused(await post({ topic: "mixed", length: "ten" }), 422, /must be a number/);
  await expectRefused(await post({ topic: "mixed", length: 5, admin: true }), 422, /./);
  await expectRefused(await post({ questionIds: ["no-such-question"] }), 404, /Unknown question/);
  await expectRefused(await post({ questionIds: [first!.id, first!.id] }), 422, /only once/);
  await expectRefused(await post('{"topic": "mixed", "length": 5'), 400, /not valid JSON/);
  await expectRefused(await post({ topic: "x".repeat(20_000), length: 5 }), 413, /larger than/);
  await expectRefused(await post("topic=mixed", { "content-type": "application/x-www-form-urlencoded" }), 415, /JSON/);
  await expectRefused(await post({ retryOf: "not-an-attempt" }), 404, /not yours/);
  expect(await learnerOf(attemptId)).toBe(before);
});

test("bad answers are refused and write nothing; a resent answer is stored once", async ({ request, playwright }) => {
  const attemptId = await newAttempt(request, [first!.id, second!.id]);
  const answers = () => countRows("SELECT count(*) AS n FROM Answer WHERE attemptId = ?", attemptId);
  const url = `/api/attempts/${attemptId}/answers`;
  const answer = (data: unknown) => request.post(url, { data });
  const valid = { questionId: first!.id, clientKey: "key-one-12345", response: { kind: "choice", choice: first!.answer } };

  await expectRefused(await request.post(`/api/attempts/nope/answers`, { data: valid }), 404, /not yours/);
  await expectRefused(await answer({ ...valid, response: { kind: "text", text: first!.answer } }), 422, /takes a choice answer/);
  await expectRefused(await answer({ ...valid, response: { kind: "choice", choice: "Not an option" } }), 422, /not one of the options/);
  await expectRefused(await answer({ ...valid, questionId: third!.id }), 422, /not part of this quiz/);
  await expectRefused(await answer({ ...valid, clientKey: "x" }), 422, /clientKey/);
  await expectRefused(await answer({ ...valid, extra: 1 }), 422, /./);
  await expectRefused(await answer({ ...valid, response: { kind: "choice", choice: "y".repeat(600) } }), 422, /at most 500/);
  await expectRefused(await answer({ ...valid, timeMs: -5 }), 422, /timeMs/);
  expect(await answers()).toBe(0);

  // Another browser (no cookie, or another learner's) cannot answer this attempt.
  const stranger = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await expectRefused(await stranger.post(url, { data: valid }), 404, /not yours/);
  await stranger.dispose();
  expect(await answers()).toBe(0);

  const firstTry = await answer(valid);
  expect(firstTry.status()).toBe(201);
  const resent = await answer(valid);
  expect(resent.status()).toBe(200);
  const [a, b] = [(await firstTry.json()) as { answer: unknown }, (await resent.json()) as { answer: unknown; replayed: boolean }];
  expect(b.answer).toEqual(a.answer);
  expect(b.replayed).toBe(true);
  expect(await answers()).toBe(1);

  await expectRefused(await answer({ ...valid, clientKey: "key-two-12345" }), 409, /already answered/);
  await expectRefused(await answer({ ...valid, questionId: second!.id }), 409, /another question/);
  expect(await answers()).toBe(1);
});

test("ten identical answers sent at once are stored once, all with the same result", async ({ request }) => {
  const attemptId = await newAttempt(request, [first!.id]);
  const data = { questionId: first!.id, clientKey: "burst-key-123", response: { kind: "choice", choice: first!.answer } };
  const responses = await Promise.all(Array.from({ length: 10 }, () => request.post(`/api/attempts/${attemptId}/answers`, { data })));
  const statuses = responses.map((r) => r.status()).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 200)).toHaveLength(9);
  expect(await countRows("SELECT count(*) AS n FROM Answer WHERE attemptId = ?", attemptId)).toBe(1);
});
