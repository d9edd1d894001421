// The memory model on the account page, as a learner sees it: the defaults and how many reviews a fit
// needs; a fitted model (its date and review count) with the daily reviews to expect; a reset refused
// without the confirming tick and then done by keyboard, after which the next review is scheduled with
// the defaults. axe after each state. The fit itself runs in the background (tests/integration/
// memory-model.test.ts fits a simulated learner); here a fitted row is written straight to the database.
import { expect, test } from "@playwright/test";
import { DEFAULT_WEIGHTS } from "../../lib/srs/scheduler";
import { expectAccessible } from "./helpers/axe";
import { signUpAndSignIn } from "./helpers/auth";
import { getTestBank } from "./helpers/bank";
import { countRows, readRows, runSql } from "./helpers/db";

const bank = getTestBank();

test("the account page shows the memory model, and a confirmed reset goes back to the defaults", async ({ page }) => {
  await signUpAndSignIn(page);
  const { uid } = (await (await page.request.get("/api/auth/session")).json()) as { uid: string };
  // Two cards in learning, so the daily estimate has cards to count.
  const facts = [...bank.facts.keys()].slice(0, 2);
  for (const factId of facts) {
    const question = bank.questionsByFact.get(factId)!.find((q) => q.type !== "ordering" && q.type !== "matching")!;
    const res = await page.request.post("/api/reviews", { data: { factId, questionId: question.id, clientKey: `model-${factId}`.slice(0, 60), expectedVersion: 0, rating: 3 } });
    expect(res.status(), await res.text()).toBe(201);
  }

  await page.goto("/account");
  const model = page.getByTestId("memory-model");
  await expect(model).toHaveText("Your memory model: FSRS's defaults (needs 200 more reviews)");
  await expect(page.getByTestId("workload")).toContainText("at your desired retention of 90%: about");
  await expect(page.getByTestId("workload")).toContainText("for the 2 cards you have now");
  await expect(page.getByRole("button", { name: "Reset to defaults" })).toHaveCount(0);
  await expectAccessible(page, "account, memory model on the defaults");

  // A fit, as the background job stores one: slower-growing memory than the defaults.
  const weights = DEFAULT_WEIGHTS.map((w, i) => (i === 8 ? w * 0.7 : w));
  await runSql(
    `INSERT INTO LearnerParameters (id, userId, weights, reviewCount, logLoss, fittedAt) VALUES (?, ?, ?, 250, 0.41, '2026-12-01T10:00:00.000+00:00')`,
    `e2efit${uid}`.slice(0, 30),
    uid,
    JSON.stringify(weights),
  );
  await page.reload();
  await expect(model).toHaveText("Your memory model: fitted on 1 December 2026 from 250 reviews");
  await expectAccessible(page, "account, fitted memory model");

  // Without the tick nothing is reset, and the form says why.
  await page.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(page.getByText("Tick the box to confirm the reset.").first()).toBeVisible();
  expect(await countRows("SELECT count(*) AS n FROM LearnerParameters WHERE userId = ?", uid)).toBe(1);
  await expectAccessible(page, "account, reset not confirmed");

  // By keyboard: tick, then the button.
  await page.getByRole("checkbox", { name: "Yes, go back to the default parameters" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Reset to defaults" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Reset: your next reviews are scheduled with the default parameters." })).toBeVisible();
  await expect(model).toHaveText("Your memory model: FSRS's defaults (needs 200 more reviews)");
  await expect(page.getByText("You went back to the defaults on")).toBeVisible();
  await expectAccessible(page, "account, after the reset");
  const rows = await readRows<{ weights: string | null }>("SELECT weights FROM LearnerParameters WHERE userId = ? ORDER BY fittedAt", uid);
  expect(rows.map((r) => r.weights === null)).toEqual([false, true]);

  // The next review names no parameters: the defaults.
  const factId = [...bank.facts.keys()][2]!;
  const question = bank.questionsByFact.get(factId)!.find((q) => q.type !== "ordering" && q.type !== "matching")!;
  const res = await page.request.post("/api/reviews", { data: { factId, questionId: question.id, clientKey: "model-after-reset", expectedVersion: 0, rating: 3 } });
  expect(res.status()).toBe(201);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ? AND clientKey = 'model-after-reset' AND parametersId IS NULL", uid)).toBe(1);
});
