// Reviews without a connection: the review screen goes on with the cards it loaded ahead, keeps each
// review (with its client key) in IndexedDB, says how many wait, sends them in order when the
// connection returns, and says so when a card moved elsewhere meanwhile (409). The database is
// then checked: every review stored once, in order, and each card equal to a rebuild of its log.
import { expect, test, type Page } from "@playwright/test";
import type { SrsRating } from "../../lib/srs/scheduler";
import { answerByKeyboard } from "./helpers/answer";
import { signUpAndSignIn } from "./helpers/auth";
import { expectCardRebuiltFromLog } from "./helpers/cards";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { readRows } from "./helpers/db";

const bank = getTestBank();
// The service worker is blocked for the other journeys (playwright.config.ts); these need it.
test.use({ serviceWorkers: "allow" });

const card = (page: Page) => page.locator("section[data-fact-id]");
const area = (page: Page) => page.locator(".review-area");
const offlineStatus = (page: Page) => page.locator(".offline-status");

async function userId(page: Page): Promise<string> {
  return ((await (await page.request.get("/api/auth/session")).json()) as { uid: string }).uid;
}

/** Opens flashcard review and waits until the next cards are loaded ahead (a new learner has 20 new cards). */
async function openReview(page: Page) {
  await page.goto("/review?mode=flashcards");
  await expect(card(page)).toBeVisible();
  await expect.poll(async () => Number(await area(page).getAttribute("data-cards-ahead"))).toBeGreaterThanOrEqual(4);
}

/** Turns the flashcard shown over and grades it by keyboard; returns its fact, once the next card is shown. */
async function gradeShown(page: Page, rating: SrsRating): Promise<string> {
  const factId = (await card(page).getAttribute("data-fact-id"))!;
  await page.keyboard.press("Space");
  await expect(page.locator(".flashcard-face.back")).toBeVisible();
  await page.keyboard.press(String(rating));
  await expect(card(page)).not.toHaveAttribute("data-fact-id", factId);
  return factId;
}

/** Every card of the learner equals a rebuild of its review log, in the learner's days. */
async function expectCardsRebuilt(id: string) {
  const cards = await readRows<{ factId: string }>("SELECT factId FROM Card WHERE userId = ?", id);
  expect(cards.length).toBeGreaterThan(0);
  for (const c of cards) await expectCardRebuiltFromLog(id, c.factId);
}

test("review offline, see what waits, and every review is stored once, in order, when the connection returns", async ({ page, context }) => {
  // The longest journey here (three axe runs, two reloads, a service worker install): 40 s seen on two busy cores.
  test.setTimeout(120_000);
  await signUpAndSignIn(page);
  const id = await userId(page);
  await openReview(page);
  // The app installs its service worker in production; once it controls the page, the review page is kept for offline use.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect.poll(async () => Number(await area(page).getAttribute("data-cards-ahead"))).toBeGreaterThanOrEqual(4);

  const graded: { factId: string; rating: SrsRating }[] = [];
  graded.push({ factId: await gradeShown(page, 3), rating: 3 });
  await expect(page.getByText(/^Good · next in/)).toBeVisible();

  await context.setOffline(true);
  await expect(offlineStatus(page)).toContainText("You are offline");
  for (const rating of [4, 1, 3] as const) {
    graded.push({ factId: await gradeShown(page, rating), rating });
    await expect(offlineStatus(page)).toContainText(`${graded.length - 1} review${graded.length - 1 === 1 ? "" : "s"} waiting to send`);
  }
  await expect(offlineStatus(page)).toContainText("3 reviews waiting to send.");
  await expect(page.getByText(/^Saved offline: Good\. It is sent when you are back online\.$/)).toBeVisible();
  await expectAccessible(page, "offline, reviews waiting");

  // A reload without a connection opens the review page from the service worker's cache, the reviews still waiting.
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(card(page)).toBeVisible();
  await expect(offlineStatus(page)).toContainText("3 reviews waiting to send.");
  await expectAccessible(page, "offline after a reload");

  await context.setOffline(false);
  await expect(page.getByText("3 reviews sent.")).toBeVisible();
  await expect(offlineStatus(page)).toHaveCount(0);
  // The page is the server's again: its counts include the four cards learned (a new learner has 20 a day).
  await expect(page.locator(".counts div", { hasText: "New" }).locator("dd")).toHaveText("16");
  await expect(card(page)).toBeVisible();
  expect(graded.map((g) => g.factId)).not.toContain(await card(page).getAttribute("data-fact-id"));
  await expectAccessible(page, "back online, reviews sent");

  const rows = await readRows<{ factId: string; rating: number; clientKey: string; origin: string }>(
    "SELECT factId, rating, clientKey, origin FROM Review WHERE userId = ? ORDER BY reviewedAt",
    id,
  );
  expect(rows.map((r) => ({ factId: r.factId, rating: r.rating }))).toEqual(graded);
  expect(new Set(rows.map((r) => r.clientKey)).size).toBe(rows.length);
  expect(rows.every((r) => r.origin === "flashcard")).toBe(true);
  await expectCardsRebuilt(id);
  // Nothing is left to send: the queue in IndexedDB is empty.
  await expect(area(page)).toHaveAttribute("data-waiting", "0");

  // Signing out drops the review page kept for offline use: the next person here cannot open it.
  expect(await page.evaluate(() => caches.has("overflight-review-pages"))).toBe(true);
  await page.getByRole("button", { name: "Sign out of Overflight" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => page.evaluate(() => caches.has("overflight-review-pages"))).toBe(false);
});

test("a card reviewed elsewhere while offline is not stored twice: the learner is told, and it is shown as it is now", async ({ page, context }) => {
  await signUpAndSignIn(page);
  const id = await userId(page);
  await openReview(page);
  await context.setOffline(true);
  await expect(offlineStatus(page)).toContainText("You are offline");

  const moved = (await card(page).getAttribute("data-fact-id"))!;
  const questionId = (await card(page).getAttribute("data-question-id"))!;
  await gradeShown(page, 3);
  const kept = await gradeShown(page, 4);
  await expect(offlineStatus(page)).toContainText("2 reviews waiting to send.");

  // Meanwhile another device, online, reviews the first card (the test's own HTTP client is not offline).
  const other = await page.request.post("/api/reviews", { data: { factId: moved, questionId, clientKey: "other-device-1", expectedVersion: 0, rating: 1 } });
  expect(other.status(), await other.text()).toBe(201);

  await context.setOffline(false);
  await expect(page.getByText(/^1 review sent\. A card changed elsewhere while you were offline \(“.+”\): that review was not stored, and the card is shown as it is now\.$/)).toBeVisible();
  // The message comes as the refresh starts; the offline view ends when the refreshed page brings the
  // server's card. Axe looks at that page, not at one half-replaced (the title is streamed apart).
  await expect(area(page)).toHaveAttribute("data-view", "server");
  await expectAccessible(page, "a card moved while offline");

  const rows = await readRows<{ factId: string; rating: number; clientKey: string }>("SELECT factId, rating, clientKey FROM Review WHERE userId = ? ORDER BY reviewedAt", id);
  expect(rows.map((r) => [r.factId, r.rating, r.clientKey === "other-device-1"])).toEqual([
    [moved, 1, true],
    [kept, 4, false],
  ]);
  await expectCardsRebuilt(id);
});

test("answer mode offline: the next loaded card after feedback, an answer kept unchecked, then graded by the server when sent", async ({ page, context }) => {
  await signUpAndSignIn(page);
  const id = await userId(page);
  await page.goto("/review");
  const form = page.locator("form[data-question-id]");
  await expect(form).toBeVisible();
  await expect.poll(async () => Number(await area(page).getAttribute("data-cards-ahead"))).toBeGreaterThanOrEqual(4);
  const first = bank.questions.get((await form.getAttribute("data-question-id"))!)!;
  await answerByKeyboard(page, first, bank, true);
  await expect(page.getByText(/Graded (Good|Easy|Hard): next review in/)).toBeVisible();

  // The connection goes while the feedback is read: Next card goes on with a card loaded ahead.
  await context.setOffline(true);
  await expect(offlineStatus(page)).toContainText("You are offline");
  await page.getByRole("button", { name: "Next card" }).click();
  await expect(form).toBeVisible();
  const second = bank.questions.get((await form.getAttribute("data-question-id"))!)!;
  const secondFact = (await form.getAttribute("data-fact-id"))!;
  await answerByKeyboard(page, second, bank, true);
  await expect(page.getByText("Answer saved offline: it is checked and sent when you are back online.")).toBeVisible();
  await expect(offlineStatus(page)).toContainText("1 review waiting to send.");
  await expect(form).not.toHaveAttribute("data-fact-id", secondFact);
  await expectAccessible(page, "answer mode offline");

  await context.setOffline(false);
  await expect(page.getByText("1 review sent.")).toBeVisible();
  const rows = await readRows<{ factId: string; isCorrect: number | boolean; origin: string }>("SELECT factId, isCorrect, origin FROM Review WHERE userId = ? ORDER BY reviewedAt", id);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toMatchObject({ factId: secondFact, origin: "review" });
  expect(Boolean(rows[1]!.isCorrect)).toBe(true);
  await expectCardsRebuilt(id);
});
