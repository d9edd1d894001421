// Spaced repetition in a real browser: reviewing by keyboard, flashcards, undo, the dashboard,
// day rollover, idempotent and stale reviews, rebuild from the log, and two learners kept apart.
import { expect, test, type Page } from "@playwright/test";
import type { SrsRating } from "../../lib/srs/scheduler";
import { answerByKeyboard } from "./helpers/answer";
import { signUpAndSignIn } from "./helpers/auth";
import { expectCardRebuiltFromLog } from "./helpers/cards";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { countRows, readRows } from "./helpers/db";

const bank = getTestBank();
const CLOCK = "x-overflight-clock-offset";
const DAY = 24 * 60 * 60 * 1000;

async function counts(page: Page) {
  const value = async (name: string) => Number(await page.locator(".counts div", { hasText: name }).locator("dd").textContent());
  return { new: await value("New"), learning: await value("Learning"), due: await value("Due") };
}

async function userId(page: Page): Promise<string> {
  return ((await (await page.request.get("/api/auth/session")).json()) as { uid: string }).uid;
}

function cardQuestion(factId: string) {
  return bank.questionsByFact.get(factId)!.find((q) => q.type !== "ordering" && q.type !== "matching")!;
}

test("review by keyboard, undo the last grade, and see the dashboard change", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/review");
  await expectAccessible(page, "review start");
  const start = await counts(page);
  expect(start.new).toBe(20);
  // Nothing graded yet: nothing to undo, so no undo button.
  await expect(page.getByRole("button", { name: "Undo last grade" })).toHaveCount(0);
  await expect(page.locator(".counts div.current dt")).toContainText("New");

  let last = { questionId: "", factId: "" };
  for (let i = 0; i < 2; i++) {
    const form = page.locator("form[data-question-id]");
    const q = bank.questions.get((await form.getAttribute("data-question-id"))!)!;
    last = { questionId: q.id, factId: (await form.getAttribute("data-fact-id"))! };
    await answerByKeyboard(page, q, bank, true);
    await expect(page.locator(".verdict")).toContainText("Correct.");
    await expect(page.getByText(/Graded (Good|Easy|Hard): next review in/)).toBeVisible();
    await expectAccessible(page, "review feedback");
    await page.getByRole("button", { name: "Next card" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("form[data-question-id]")).toBeVisible();
    // While cards are served, the counts still hold the card shown.
    expect(await counts(page)).toMatchObject({ new: 19 - i });
  }

  // Undo names the grade it takes back, and brings back that card, asked the same way.
  const undo = page.getByRole("button", { name: "Undo last grade" });
  const statement = bank.facts.get(last.factId)!.statement;
  await expect(undo).toHaveAccessibleDescription(new RegExp(`^(Good|Easy|Hard) on “${statement.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”$`));
  await expectAccessible(page, "review with undo");
  await undo.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Undone: (Good|Easy|Hard) on/)).toBeVisible();
  await expect(page.locator(`form[data-question-id="${last.questionId}"]`)).toBeVisible();
  await expect.poll(async () => (await counts(page)).new).toBe(19);
  await expectAccessible(page, "review after undo");
  // The first card's grade (given in this screen) is now the one to undo.
  await expect(undo).toBeVisible();

  await page.goto("/progress");
  await expect(page.getByText("1 review on 1 day in the last year")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Streak" }).locator("..")).toContainText("1 day");
  await expectAccessible(page, "progress");
  const learning = page.locator('.state-list div:has(dt:text-is("Learning")) dd');
  await expect(learning).toHaveText("1");
});

test("a hint narrows the answer; a right answer after it is graded Hard", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/review");
  // True/false cards have no hint: answer those until a card offers one.
  for (let i = 0; i < 6 && (await page.getByRole("button", { name: "Show a hint" }).count()) === 0; i++) {
    const q = bank.questions.get((await page.locator("form[data-question-id]").getAttribute("data-question-id"))!)!;
    await answerByKeyboard(page, q, bank, true);
    await page.getByRole("button", { name: "Next card" }).click();
    await expect(page.locator("form[data-question-id]")).toBeVisible();
  }
  const q = bank.questions.get((await page.locator("form[data-question-id]").getAttribute("data-question-id"))!)!;
  await page.getByRole("button", { name: "Show a hint" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Hint:/)).toBeVisible();
  await expectAccessible(page, "hint shown");
  await answerByKeyboard(page, q, bank, true);
  await expect(page.getByText(/Graded Hard: next review in/)).toBeVisible();
});

test("flashcards: Space flips, keys 1-4 grade, each button shows its interval", async ({ page }) => {
  const id = await signUpAndSignIn(page).then(() => userId(page));
  await page.goto("/review?mode=flashcards");
  const front = page.locator("section[data-fact-id]");
  const factId = (await front.getAttribute("data-fact-id"))!;
  await expectAccessible(page, "flashcard front");
  await page.keyboard.press("Space");
  await expect(page.locator(".flashcard-face.back").getByRole("heading", { name: /^Answer/ })).toBeVisible();
  for (const label of ["Again", "Hard", "Good", "Easy"]) {
    await expect(page.getByRole("button", { name: new RegExp(`^${label} · \\S+`) })).toBeVisible();
  }
  await expectAccessible(page, "flashcard back");
  await page.keyboard.press("3");
  await expect(page.locator("section[data-fact-id]")).not.toHaveAttribute("data-fact-id", factId);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ? AND factId = ? AND rating = 3 AND origin = 'flashcard'", id, factId)).toBe(1);
});

test("a new day starts at the learner's day-start hour in their time zone", async ({ page }) => {
  await signUpAndSignIn(page);
  const patch = await page.request.patch("/api/account", {
    data: { name: "Night owl", timeZone: "Asia/Kolkata", dayStartHour: 4, desiredRetention: 0.9, newPerDay: 1, reviewsPerDay: 100 },
  });
  expect(patch.status()).toBe(200);
  const factId = [...bank.facts.keys()][3]!;
  const q = cardQuestion(factId);
  const review = await page.request.post("/api/reviews", {
    data: { factId, questionId: q.id, clientKey: "rollover-1", expectedVersion: 0, rating: 4 },
  });
  expect(review.status()).toBe(201);
  await page.goto("/review");
  expect((await counts(page)).new).toBe(0);
  await page.setExtraHTTPHeaders({ [CLOCK]: String(DAY) });
  await page.reload();
  expect((await counts(page)).new).toBe(1);
});

test("the same review sent twice is recorded once; a review of a card that moved is refused with 409", async ({ page }) => {
  const id = await signUpAndSignIn(page).then(() => userId(page));
  const factId = [...bank.facts.keys()][5]!;
  const q = cardQuestion(factId);
  const body = { factId, questionId: q.id, clientKey: "same-review-1", expectedVersion: 0, rating: 3 };
  const [a, b] = [await page.request.post("/api/reviews", { data: body }), await page.request.post("/api/reviews", { data: body })];
  expect([a.status(), b.status()]).toEqual([201, 200]);
  expect(((await b.json()) as { replayed: boolean }).replayed).toBe(true);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ? AND factId = ?", id, factId)).toBe(1);

  // A second tab still showing version 0 answers after the first tab moved the card.
  const stale = await page.request.post("/api/reviews", { data: { ...body, clientKey: "other-tab-1" } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { error: { message: string } }).error.message).toMatch(/changed in another tab/);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ? AND factId = ?", id, factId)).toBe(1);

  for (const bad of [{ ...body, rating: 5 }, { ...body, expectedVersion: -1 }, { ...body, response: { kind: "text", text: "x" } }, { ...body, factId: "no-such-fact" }]) {
    const res = await page.request.post("/api/reviews", { data: { ...bad, clientKey: "bad-review-1" } });
    expect(res.status(), JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
  }
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ?", id)).toBe(1);
});

test("a card's state is rebuilt exactly from its review log, across days", async ({ page }) => {
  const id = await signUpAndSignIn(page).then(() => userId(page));
  const factId = [...bank.facts.keys()][7]!;
  const q = cardQuestion(factId);
  const ratings: SrsRating[] = [3, 3, 1, 3, 4, 2, 3];
  for (const [i, rating] of ratings.entries()) {
    const res = await page.request.post("/api/reviews", {
      data: { factId, questionId: q.id, clientKey: `log-${i}-abcdef`, expectedVersion: i, rating },
      headers: { [CLOCK]: String(i * 3 * DAY) },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  // Each review is replayed in the learner's days it was scheduled in (the account's zone and day start).
  const rebuilt = await expectCardRebuiltFromLog(id, factId);
  expect(rebuilt.lapses).toBe(1);
});

test("signed-in quiz answers count as reviews of their facts' cards", async ({ page }) => {
  const id = await signUpAndSignIn(page).then(() => userId(page));
  const q = [...bank.questions.values()].find((x) => x.type === "multiple_choice")!;
  const start = await page.request.post("/api/attempts", { data: { questionIds: [q.id] } });
  const attempt = ((await start.json()) as { id: string }).id;
  const res = await page.request.post(`/api/attempts/${attempt}/answers`, {
    data: { questionId: q.id, clientKey: "quiz-review-1", response: { kind: "choice", choice: q.answer } },
  });
  expect(res.status()).toBe(201);
  for (const factId of q.facts) {
    expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ? AND factId = ? AND origin = 'quiz'", id, factId)).toBe(1);
  }
});

test("one learner cannot read or change another's cards, reviews, quizzes, export or account", async ({ browser }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = await contextA.newPage();
  const b = await contextB.newPage();
  const idA = await signUpAndSignIn(a).then(() => userId(a));
  await signUpAndSignIn(b);

  const factId = [...bank.facts.keys()][2]!;
  const q = cardQuestion(factId);
  expect((await a.request.post("/api/reviews", { data: { factId, questionId: q.id, clientKey: "a-review-1", expectedVersion: 0, rating: 3 } })).status()).toBe(201);
  const attempt = ((await (await a.request.post("/api/attempts", { data: { questionIds: [q.id] } })).json()) as { id: string }).id;
  const cardBefore = await readRows("SELECT * FROM Card WHERE userId = ?", idA);

  // By URL.
  expect((await b.goto(`/quiz/${attempt}`))?.status()).toBe(404);
  expect((await b.goto(`/quiz/${attempt}/results`))?.status()).toBe(404);
  await b.goto("/cards");
  await expect(b.getByText("No cards yet")).toBeVisible();
  await b.goto("/progress");
  await expect(b.getByText("0 reviews on 0 days")).toBeVisible();
  // By crafted requests.
  expect((await b.request.get(`/api/attempts/${attempt}`)).status()).toBe(404);
  expect((await b.request.post(`/api/attempts/${attempt}/answers`, { data: { questionId: q.id, clientKey: "b-sneaks-1", response: { kind: "boolean", value: true } } })).status()).toBe(404);
  expect((await b.request.patch(`/api/cards/${factId}`, { data: { suspended: true } })).status()).toBe(404);
  expect((await b.request.post("/api/attempts", { data: { retryOf: attempt } })).status()).toBe(404);
  const exported = (await (await b.request.get("/api/account/export?format=json")).json()) as { reviews: unknown[]; cards: unknown[]; attempts: unknown[] };
  expect([exported.reviews.length, exported.cards.length, exported.attempts.length]).toEqual([0, 0, 0]);
  const csv = await (await b.request.get("/api/account/export?format=csv&table=reviews")).text();
  expect(csv.trim().split("\r\n")).toHaveLength(1);
  // Undo only ever touches one's own last review.
  expect((await b.request.post("/api/reviews/undo")).status()).toBe(409);
  // A's data is as it was.
  expect(await readRows("SELECT * FROM Card WHERE userId = ?", idA)).toEqual(cardBefore);
  expect(await countRows("SELECT count(*) AS n FROM ReviewUndo u JOIN Review r ON r.id = u.reviewId WHERE r.userId = ?", idA)).toBe(0);
  // Signed out, none of it answers at all.
  const anonymous = await browser.newContext();
  const anon = await anonymous.newPage();
  for (const url of ["/api/account/export", "/api/reviews/undo"]) {
    const res = url.endsWith("undo") ? await anon.request.post(url) : await anon.request.get(url);
    expect(res.status()).toBe(401);
  }
  await anon.goto("/progress");
  await expect(anon).toHaveURL(/\/sign-in\?callbackUrl=%2Fprogress/);
  await Promise.all([contextA.close(), contextB.close(), anonymous.close()]);
});
