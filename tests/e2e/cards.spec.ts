// Leeches, suspension, study settings and the learner's own export, in the browser.
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { parseCsv } from "./helpers/csv";

const bank = getTestBank();
const CLOCK = "x-overflight-clock-offset";
const DAY = 24 * 60 * 60 * 1000;

test("a card forgotten 8 times is flagged as a leech, listed, and can be suspended and unsuspended", async ({ page }) => {
  await signUpAndSignIn(page);
  const factId = [...bank.facts.keys()][1]!;
  const question = bank.questionsByFact.get(factId)!.find((q) => q.type !== "ordering" && q.type !== "matching")!;
  // Easy, then Again/Easy eight times, a day apart: eight lapses.
  const ratings = [4, ...Array.from({ length: 8 }, () => [1, 4]).flat()];
  for (const [version, rating] of ratings.entries()) {
    const res = await page.request.post("/api/reviews", {
      data: { factId, questionId: question.id, clientKey: `leech-${version}-xyz`, expectedVersion: version, rating },
      headers: { [CLOCK]: String(version * DAY) },
    });
    expect(res.status(), await res.text()).toBe(201);
  }
  await page.goto("/cards");
  const statement = bank.facts.get(factId)!.statement;
  const row = page.getByRole("row").filter({ hasText: statement });
  await expect(row).toContainText("Leech");
  await expect(row.getByRole("cell").nth(3)).toHaveText("8");
  await expectAccessible(page, "cards with a leech");

  await row.getByRole("button", { name: `Suspend: ${statement}` }).focus();
  await page.keyboard.press("Enter");
  await expect(row).toContainText("Suspended");
  const exported = (await (await page.request.get("/api/account/export?format=json")).json()) as { cards: { factId: string; suspended: boolean }[] };
  expect(exported.cards.find((c) => c.factId === factId)?.suspended).toBe(true);

  await row.getByRole("button", { name: `Unsuspend: ${statement}` }).focus();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("button", { name: `Suspend: ${statement}` })).toBeVisible();
});

test("study settings: desired retention 70-97% and the daily limits are saved, bad values explained", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/account");
  const retention = page.getByLabel("Desired retention (%)");
  await retention.fill("99");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Desired retention is between 70% and 97%.").first()).toBeVisible();
  await expectAccessible(page, "settings with an error");
  await retention.fill("85");
  await page.getByLabel("New cards per day").fill("5");
  await page.getByLabel("Time zone").selectOption("Europe/Paris");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  const { user } = (await (await page.request.get("/api/account/export?format=json")).json()) as {
    user: { desiredRetention: number; newPerDay: number; timeZone: string };
  };
  expect(user).toMatchObject({ desiredRetention: 0.85, newPerDay: 5, timeZone: "Europe/Paris" });
  await page.goto("/review");
  await expect(page.locator(".counts div", { hasText: "New" }).locator("dd")).toHaveText("5");
});

test("the learner's export holds exactly their reviews and cards, as CSV and JSON", async ({ page }) => {
  await signUpAndSignIn(page);
  const facts = [...bank.facts.keys()].slice(10, 13);
  for (const factId of facts) {
    const q = bank.questionsByFact.get(factId)!.find((x) => x.type !== "ordering" && x.type !== "matching")!;
    expect((await page.request.post("/api/reviews", { data: { factId, questionId: q.id, clientKey: `export-${factId}`.slice(0, 60), expectedVersion: 0, rating: 3 } })).status()).toBe(201);
  }
  const reviews = parseCsv(await (await page.request.get("/api/account/export?format=csv&table=reviews")).text());
  expect(reviews.map((r) => r.factId).sort()).toEqual([...facts].sort());
  expect(reviews.every((r) => r.rating === "3" && r.origin === "flashcard")).toBe(true);
  const cards = parseCsv(await (await page.request.get("/api/account/export?format=csv&table=cards")).text());
  expect(cards).toHaveLength(3);
  const json = (await (await page.request.get("/api/account/export?format=json")).json()) as {
    user: object; cards: object[]; reviews: object[]; attempts: { answers: object[] }[];
  };
  expect([json.reviews.length, json.cards.length]).toEqual([3, 3]);
  // Exactly the fields README's "Your data" lists: nothing internal (session counter, hashes, cookie ids).
  const keys = (row: object | undefined) => Object.keys(row ?? {}).sort();
  expect(keys(json)).toEqual(["attempts", "cards", "reviews", "user"]);
  expect(keys(json.user)).toEqual(["createdAt", "dayStartHour", "desiredRetention", "email", "id", "name", "newPerDay", "reviewsPerDay", "role", "timeZone"]);
  expect(keys(json.cards[0])).toEqual(["createdAt", "difficulty", "due", "elapsedDays", "factId", "id", "lapses", "lastReview", "learningSteps", "reps", "scheduledDays", "stability", "state", "suspended", "version"]);
  expect(keys(json.reviews[0])).toEqual(["cardId", "clientKey", "elapsedDays", "factId", "id", "isCorrect", "origin", "questionId", "rating", "reviewedAt", "stateBefore", "timeMs", "undoneAt"]);
  const mc = [...bank.questions.values()].find((q) => q.type === "multiple_choice");
  if (mc?.type !== "multiple_choice") throw new Error("the bank has no multiple-choice question");
  const attempt = (await (await page.request.post("/api/attempts", { data: { questionIds: [mc.id] } })).json()) as { id: string };
  const answered = await page.request.post(`/api/attempts/${attempt.id}/answers`, { data: { questionId: mc.id, clientKey: "export-answer-1", response: { kind: "choice", choice: mc.answer } } });
  expect(answered.ok(), await answered.text()).toBe(true);
  const withQuiz = (await (await page.request.get("/api/account/export?format=json")).json()) as typeof json;
  expect(keys(withQuiz.attempts[0])).toEqual(["answers", "assignmentId", "completedAt", "createdAt", "id", "mode", "questionIds"]);
  expect(keys(withQuiz.attempts[0]?.answers[0])).toEqual(["attemptId", "clientKey", "createdAt", "expected", "given", "id", "isCorrect", "prompt", "questionId", "response", "timeMs"]);
  expect(JSON.stringify(withQuiz)).not.toMatch(/passwordHash|argon2|sessionVersion|learnerId|userId/);
});
