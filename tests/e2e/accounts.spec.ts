// Accounts in a real browser: sign up by keyboard, guest quizzes moving to the account, the
// sign-in limit reached and lifted, sessions ended everywhere, export and deletion.
import { expect, test, type Browser } from "@playwright/test";
import { expectAccessible } from "./helpers/axe";
import { newUser, signIn, signUp, signUpAndSignIn } from "./helpers/auth";
import { getTestBank } from "./helpers/bank";
import { countRows } from "./helpers/db";

const bank = getTestBank();
const CLOCK = "x-overflight-clock-offset";

test("sign up by keyboard; the guest's quiz moves to the new account; sign out and back in", async ({ page }) => {
  // A guest answers a quiz first.
  await page.goto("/");
  const question = [...bank.questions.values()].find((q) => q.type === "multiple_choice")!;
  if (question.type !== "multiple_choice") throw new Error("the bank has no multiple-choice question");
  const attempt = await page.evaluate(async ({ id, choice }) => {
    const post = (url: string, body: unknown) => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const attemptId = ((await (await post("/api/attempts", { questionIds: [id] })).json()) as { id: string }).id;
    await post(`/api/attempts/${attemptId}/answers`, { questionId: id, clientKey: "guest-answer-1", response: { kind: "choice", choice } });
    return attemptId;
  }, { id: question.id, choice: question.answer });

  const user = newUser();
  await page.goto("/sign-up");
  await expectAccessible(page, "sign-up");
  await page.getByLabel("Name").focus();
  await page.keyboard.type(user.name);
  await page.keyboard.press("Tab");
  await page.keyboard.type(user.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("short");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Use at least 8 characters for your password.").first()).toBeVisible();
  await expectAccessible(page, "sign-up with an error");
  await page.getByLabel("Password").fill("");
  await page.getByLabel("Password").focus();
  await page.keyboard.type(user.password);
  await page.getByRole("radio", { name: /Teacher/ }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Create account" }).focus();
  await page.keyboard.press("Enter");
  // A new teacher lands on Teach.
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/account");
  await expect(page.getByText("role: Teacher")).toBeVisible();
  await expectAccessible(page, "account");
  expect(await countRows("SELECT count(*) AS n FROM Attempt a JOIN User u ON u.id = a.userId WHERE a.id = ? AND u.email = ?", attempt, user.email)).toBe(1);
  // The guest's answer counts: a review of each fact the question tests, in the new account's cards.
  const reviewsOf = "SELECT count(*) AS n FROM Review r JOIN User u ON u.id = r.userId WHERE u.email = ? AND r.origin = 'quiz'";
  expect(await countRows(reviewsOf, user.email)).toBe(question.facts.length);
  expect(await countRows("SELECT count(*) AS n FROM Card c JOIN User u ON u.id = c.userId WHERE u.email = ?", user.email)).toBe(question.facts.length);
  await page.goto("/history");
  await expect(page.getByRole("row").filter({ hasText: "Picked questions" })).toHaveCount(1);

  await page.getByRole("link", { name: "Account" }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // Signed out, the browser's guest id no longer reaches the account's quiz.
  expect((await page.request.get(`/api/attempts/${attempt}`)).status()).toBe(404);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("wrong password here");
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await expectAccessible(page, "sign-in failed");
  await page.getByLabel("Password").fill(user.password);
  await page.getByLabel("Password").press("Enter");
  await expect(page).toHaveURL(/\/teach$/);
  expect((await page.request.get(`/api/attempts/${attempt}`)).status()).toBe(200);
});

test("sign-up refuses bad input with a message per field and creates nothing", async ({ request }) => {
  const user = newUser();
  const cases: [unknown, number, RegExp][] = [
    [{ ...user, password: "short" }, 422, /at least 8 characters/],
    [{ ...user, password: "x".repeat(129) }, 422, /at most 128/],
    [{ ...user, email: "not-an-email" }, 422, /email address like/],
    [{ ...user, name: "" }, 422, /Enter your name/],
    [{ ...user, role: "admin" }, 422, /learner or teacher/],
    [{ ...user, extra: true }, 422, /./],
  ];
  for (const [data, status, message] of cases) {
    const res = await request.post("/api/account", { data });
    expect(res.status()).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  }
  expect(await countRows("SELECT count(*) AS n FROM User WHERE email = ?", user.email)).toBe(0);
  await signUp(request, user);
  const again = await request.post("/api/account", { data: { ...user, email: user.email.toUpperCase() } });
  expect(again.status()).toBe(409);
  expect(await countRows("SELECT count(*) AS n FROM User WHERE email = ?", user.email)).toBe(1);
});

test("repeated wrong passwords reach 429 with Retry-After; the right one waits; the limit lifts", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const user = newUser();
  await signUp(request, user);
  const wrong = { email: user.email.toUpperCase(), password: "not the password" };
  for (let i = 0; i < 5; i++) {
    const res = await signIn(request, wrong);
    expect(res.status()).toBe(401); // next-auth: 401 with an error URL
    expect(((await res.json()) as { url: string }).url).toContain("error=");
  }
  const blocked = await signIn(request, wrong);
  expect(blocked.status()).toBe(429);
  expect(Number(blocked.headers()["retry-after"])).toBeGreaterThan(0);
  expect(((await blocked.json()) as { error: { message: string } }).error.message).toMatch(/Too many failed sign-in attempts/);

  const rightButBlocked = await signIn(request, user);
  expect(rightButBlocked.status()).toBe(429);
  expect((await (await request.get("/api/auth/session")).json()) as object).toEqual({});

  // Sixteen minutes later (the test clock), the limit has lifted.
  const later = await signIn(request, user, { [CLOCK]: String(16 * 60 * 1000) });
  expect(later.status()).toBe(200);
  expect(((await (await request.get("/api/auth/session")).json()) as { uid?: string }).uid).toBeTruthy();
  await request.dispose();
});

/** One account signed in in two separate browsers (contexts), a and b. */
async function oneUserInTwoBrowsers(browser: Browser) {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const user = await signUpAndSignIn(a);
  const b = await second.newPage();
  expect((await signIn(b.request, user)).status()).toBe(200);
  return { first, second, a, b, user };
}

test("signing out everywhere ends the session in the other browser", async ({ browser }) => {
  const { first, second, a, b } = await oneUserInTwoBrowsers(browser);
  await b.goto("/account");
  await expect(b.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
  // A review from the other browser, read with its card (lib/http/mutation's withCard), counts while its session does.
  const factId = [...bank.facts.keys()][0]!;
  const questionId = bank.questionsByFact.get(factId)![0]!.id;
  const review = (clientKey: string, expectedVersion: number) => b.request.post("/api/reviews", { data: { factId, questionId, clientKey, expectedVersion, rating: 3 } });
  expect((await review("everywhere-1", 0)).status()).toBe(201);
  const userId = ((await (await b.request.get("/api/auth/session")).json()) as { uid: string }).uid;

  await a.goto("/account");
  await a.getByRole("button", { name: "Sign out everywhere" }).focus();
  await a.keyboard.press("Enter");
  await expect(a).toHaveURL(/\/sign-in/);

  await b.reload();
  await expect(b).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  expect((await b.request.get("/api/account/export")).status()).toBe(401);
  // The ended session's review is refused, a valid one and one that does not parse alike, and nothing is stored.
  expect((await review("everywhere-2", 1)).status()).toBe(401);
  expect((await b.request.post("/api/reviews", { data: { factId, rating: 9 } })).status()).toBe(401);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ?", userId)).toBe(1);
  await first.close();
  await second.close();
});

test("changing the password ends other sessions and keeps this one", async ({ browser }) => {
  const { first, second, a, b, user } = await oneUserInTwoBrowsers(browser);

  await a.goto("/account");
  await a.getByLabel("Current password").fill(user.password);
  await a.getByLabel("New password").fill("a brand new passphrase");
  await a.getByRole("button", { name: "Change password" }).click();
  await expect(a.getByText("Password changed. Your other sessions have ended.")).toBeVisible();
  await a.reload();
  await expect(a.getByRole("heading", { name: "Account", exact: true })).toBeVisible();

  expect((await b.request.get("/api/account/export")).status()).toBe(401);
  // The old password no longer signs in, and the old session still gets nothing.
  expect((await signIn(b.request, user)).status()).toBe(401);
  expect((await b.request.get("/api/account/export")).status()).toBe(401);
  await first.close();
  await second.close();
});

test("deleting the account removes every personal row and the login stops working", async ({ page }) => {
  const user = await signUpAndSignIn(page);
  const factId = [...bank.facts.keys()][0]!;
  const question = bank.questionsByFact.get(factId)!.find((q) => q.type === "true_false" || q.type === "multiple_choice")!;
  const review = await page.request.post("/api/reviews", {
    data: { factId, questionId: question.id, clientKey: "delete-me-1", expectedVersion: 0, rating: 3 },
  });
  expect(review.status()).toBe(201);
  const userId = ((await (await page.request.get("/api/auth/session")).json()) as { uid: string }).uid;

  await page.goto("/account");
  await page.getByLabel("Your password, to confirm").fill("not my password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("That password is not right, so the account was kept.")).toBeVisible();
  await page.getByLabel("Your password, to confirm").fill(user.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);

  for (const table of ["Card", "Review", "Attempt", "OAuthAccount", "AccountToken"]) {
    expect(await countRows(`SELECT count(*) AS n FROM ${table} WHERE userId = ?`, userId), table).toBe(0);
  }
  expect(await countRows("SELECT count(*) AS n FROM User WHERE id = ?", userId)).toBe(0);
  const res = await signIn(page.request, user);
  expect(((await res.json()) as { url: string }).url).toContain("error=");
});
