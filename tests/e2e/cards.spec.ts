// Leeches, suspension, study settings and the learner's own export, in the browser.
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { parseCsv } from "./helpers/csv";
import { formOfQuestionType } from "../../lib/srs/rating";

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
    user: object; cards: object[]; reviews: object[]; attempts: { answers: object[] }[]; parameters: object[];
  };
  expect([json.reviews.length, json.cards.length]).toEqual([3, 3]);
  // Exactly the fields README's "Your data" lists: nothing internal (session counter, hashes, cookie ids).
  const keys = (row: object | undefined) => Object.keys(row ?? {}).sort();
  expect(keys(json)).toEqual(["attempts", "cards", "parameters", "reviews", "user"]);
  expect(json.parameters).toEqual([]); // no fitted memory model yet
  expect(keys(json.user)).toEqual(["createdAt", "dayStartHour", "desiredRetention", "email", "id", "name", "newPerDay", "reviewsPerDay", "role", "timeZone"]);
  expect(keys(json.cards[0])).toEqual(["createdAt", "difficulty", "due", "elapsedDays", "factId", "id", "lapses", "lastReview", "learningSteps", "reps", "scheduledDays", "stability", "state", "suspended", "version"]);
  expect(keys(json.reviews[0])).toEqual(["cardId", "clientKey", "dayStartHour", "elapsedDays", "factId", "id", "isCorrect", "origin", "parametersId", "questionId", "rating", "replacesId", "reviewedAt", "stateBefore", "timeMs", "timeZone", "undoneAt"]);
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

test("a flashcard turns over by keyboard: the back has the answer, its explanation and source; each grade is confirmed", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/review?mode=flashcards");
  const section = page.locator("section[data-fact-id]");
  const q = bank.questions.get((await section.getAttribute("data-question-id"))!)!;
  const card = page.locator(".flashcard");
  await expect(card).not.toHaveClass(/flipped/);
  await expect(page.getByRole("heading", { level: 2, name: q.prompt })).toBeFocused();
  await expect(page.getByRole("button", { name: "Undo last grade" })).toHaveCount(0);
  await expectAccessible(page, "flashcard front");

  await page.keyboard.press("Space");
  await expect(card).toHaveClass(/flipped/);
  const back = page.locator(".flashcard-face.back");
  await expect(back.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(back.getByText(q.explanation, { exact: true })).toBeVisible();
  await expect(back.locator("blockquote").first()).toBeVisible();
  await expect(back.getByRole("link").first()).toBeVisible();
  // The front is turned away: out of the accessibility tree and out of the tab order.
  await expect(page.getByRole("button", { name: /Show answer/ })).toHaveCount(0);
  for (const [i, label] of ["Again", "Hard", "Good", "Easy"].entries()) {
    const button = page.getByRole("button", { name: new RegExp(`^${label} · \\S+`) });
    await expect(button).toHaveAttribute("aria-keyshortcuts", String(i + 1));
    await expect(button.locator("kbd")).toHaveText(String(i + 1));
  }
  await expectAccessible(page, "flashcard back");

  const good = await page.getByRole("button", { name: /^Good · / }).locator(".grade-name").textContent();
  const interval = /^Good · (\S+)/.exec(good ?? "")?.[1];
  await page.keyboard.press("3");
  await expect(page.locator(".grade-confirmation")).toHaveText(`Good · next in ${interval}`);
  await expect(section).not.toHaveAttribute("data-fact-id", q.facts[0]!);
  await expect(page.locator(".flashcard")).not.toHaveClass(/flipped/);
  await expect(page.getByRole("button", { name: "Undo last grade" })).toBeVisible();
  await expectAccessible(page, "flashcard after a grade");
});

test("a cloze flashcard shows its sentence with the blank; the count of the card shown is marked", async ({ page }) => {
  await signUpAndSignIn(page);
  // A fact whose one hard-form question is a cloze: once the card is strong, that is the question asked.
  const [factId, questions] = [...bank.questionsByFact].find(([, qs]) => {
    const hard = qs.filter((x) => x.type !== "ordering" && x.type !== "matching" && formOfQuestionType(x.type) === "hard");
    return hard.length === 1 && hard[0]!.type === "cloze";
  })!;
  const cloze = questions.find((x) => x.type === "cloze")!;
  const other = questions.find((x) => x.type !== "cloze" && x.type !== "ordering" && x.type !== "matching")!;
  // One Easy review makes the card strong (a week or more of stability); a month later it is due.
  const res = await page.request.post("/api/reviews", { data: { factId, questionId: other.id, clientKey: "cloze-card-1", expectedVersion: 0, rating: 4 } });
  expect(res.status()).toBe(201);
  await page.setExtraHTTPHeaders({ [CLOCK]: String(60 * DAY) });
  await page.goto("/review?mode=flashcards");
  const section = page.locator(`section[data-question-id="${cloze.id}"]`);
  await expect(section).toBeVisible();
  const [before, after] = cloze.type === "cloze" ? cloze.text.split("___") : [];
  await expect(section.locator(".flashcard-cloze")).toContainText(`${before ?? ""}blank${after ?? ""}`.trim());
  await expect(section.locator(".flashcard-cloze .blank")).toBeVisible();
  await expect(page.locator(".counts div.current dt")).toContainText("Due");
  await expect(page.locator(".counts div.current dd")).toHaveText("1");
  await expectAccessible(page, "cloze flashcard front");
  await page.keyboard.press("Space");
  await expect(section.locator(".flashcard-face.back h2")).toContainText(cloze.type === "cloze" ? cloze.answer : "");
  await expectAccessible(page, "cloze flashcard back");
});
