// Studying one topic and saying how hard it was, in a real browser: the topic's review reached from
// the dashboard, a cram session that leaves every due date as it was, the app's rating changed by
// keyboard on the feedback (the card still a rebuild of its log), and an unknown topic's 404.
import { expect, test, type Page } from "@playwright/test";
import { answerByKeyboard } from "./helpers/answer";
import { signUpAndSignIn } from "./helpers/auth";
import { expectCardRebuiltFromLog } from "./helpers/cards";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { countRows, readRows } from "./helpers/db";

const bank = getTestBank();
const TOPIC = bank.topics.find((t) => t.id === "inf") ?? bank.topics[0]!;
const cardQuestion = (factId: string) => bank.questionsByFact.get(factId)?.find((q) => q.type !== "ordering" && q.type !== "matching");
const topicFacts = [...bank.facts.values()].filter((f) => f.topic === TOPIC.id && cardQuestion(f.id)).map((f) => f.id);

async function userId(page: Page): Promise<string> {
  return ((await (await page.request.get("/api/auth/session")).json()) as { uid: string }).uid;
}

async function shownQuestion(page: Page) {
  const form = page.locator("form[data-question-id]");
  await expect(form).toBeVisible();
  return { q: bank.questions.get((await form.getAttribute("data-question-id"))!)!, factId: (await form.getAttribute("data-fact-id"))! };
}

test("review one topic from the dashboard, then cram it: the cram leaves every due date as it was", async ({ page }) => {
  await signUpAndSignIn(page);
  const id = await userId(page);
  // Two cards of the topic studied already (self-graded Good), so there is something to cram.
  for (const [i, factId] of topicFacts.slice(0, 2).entries()) {
    const res = await page.request.post("/api/reviews", {
      data: { factId, questionId: cardQuestion(factId)!.id, clientKey: `seed-${i}-abcdef`, expectedVersion: 0, rating: 3 },
    });
    expect(res.status(), await res.text()).toBe(201);
  }

  await page.goto("/progress");
  await page.getByRole("link", { name: `Review ${TOPIC.title}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/review\\?topic=${TOPIC.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Review: ${TOPIC.title}` })).toBeVisible();
  const served = await shownQuestion(page);
  expect(bank.facts.get(served.factId)?.topic).toBe(TOPIC.id);
  await expectAccessible(page, "topic review");

  const before = await readRows<{ factId: string; due: string | Date; version: number }>("SELECT factId, due, version FROM Card WHERE userId = ? ORDER BY factId", id);
  await page.getByRole("link", { name: "Cram this topic before a test" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Cram: ${TOPIC.title}` })).toBeVisible();
  await expect(page.locator(".counts dd")).toHaveText("2");
  await expectAccessible(page, "cram start");

  for (let i = 0; i < 2; i++) {
    const { q, factId } = await shownQuestion(page);
    expect(topicFacts.slice(0, 2)).toContain(factId);
    await answerByKeyboard(page, q, bank, true);
    await expect(page.getByText(/Cram answer, (Good|Easy|Hard): your schedule is unchanged/)).toBeVisible();
    // Nothing to re-rate in cram: it scheduled nothing.
    await expect(page.getByRole("group", { name: /Change the rating/ })).toHaveCount(0);
    await expectAccessible(page, "cram feedback");
    await page.getByRole("button", { name: "Next card" }).click();
  }
  await expect(page.getByRole("heading", { name: `Nothing left to cram in ${TOPIC.title}` })).toBeVisible();
  await expectAccessible(page, "cram done");

  const after = await readRows<{ factId: string; due: string | Date; version: number }>("SELECT factId, due, version FROM Card WHERE userId = ? ORDER BY factId", id);
  expect(after).toEqual(before);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ? AND origin = 'cram'", id)).toBe(2);
});

test("a topic's card on the home page links to its review, and an unknown topic is a 404", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/");
  await page.getByRole("link", { name: `Review ${TOPIC.title} only` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Review: ${TOPIC.title}` })).toBeVisible();
  for (const url of ["/review?topic=no-such-topic", "/review?topic=no-such-topic&session=cram&mode=flashcards"]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.locator("form[data-question-id]")).toHaveCount(0);
  }
  await expectAccessible(page, "unknown topic");
});

test("change the app's rating by keyboard before moving on; the card stays a rebuild of its log", async ({ page }) => {
  await signUpAndSignIn(page);
  const id = await userId(page);
  await page.goto("/review");
  const { q, factId } = await shownQuestion(page);
  await answerByKeyboard(page, q, bank, true);
  await expect(page.getByText(/Graded (Good|Easy|Hard): next review in/)).toBeVisible();
  const changer = page.getByRole("group", { name: /Change the rating/ });
  await expect(changer).toBeVisible();
  await expectAccessible(page, "feedback with a rating to change");

  // "I guessed": 1 is Again. The feedback's heading has focus, so the key goes to the page.
  await page.keyboard.press("1");
  await expect(page.getByRole("status").filter({ hasText: /Changed to Again: next review in/ })).toBeVisible();
  await expect(changer.getByRole("button", { name: /Again/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText(/Graded Again: next review in/)).toBeVisible();
  await expectAccessible(page, "rating changed");

  const reviews = await readRows<{ id: string; rating: number; replacesId: string | null; reviewedAt: string; undone: number }>(
    "SELECT r.id, r.rating, r.replacesId, r.reviewedAt, CAST((SELECT count(*) FROM ReviewUndo u WHERE u.reviewId = r.id) AS INTEGER) AS undone FROM Review r WHERE r.userId = ? ORDER BY r.replacesId IS NOT NULL",
    id,
  );
  expect(reviews).toHaveLength(2);
  const [original, replacement] = reviews as [(typeof reviews)[number], (typeof reviews)[number]];
  expect(original.undone).toBe(1);
  expect(replacement).toMatchObject({ rating: 1, replacesId: original.id, reviewedAt: original.reviewedAt, undone: 0 });

  await expectCardRebuiltFromLog(id, factId);

  // A wrong answer stays Again: nothing to change, and the screen says why.
  await page.getByRole("button", { name: "Next card" }).click();
  const next = await shownQuestion(page);
  await answerByKeyboard(page, next.q, bank, false);
  await expect(page.getByText("A wrong answer stays Again: it was not recalled.")).toBeVisible();
  await expect(page.getByRole("group", { name: /Change the rating/ })).toHaveCount(0);
  await expectAccessible(page, "wrong answer feedback");
});
