// The forms a person fills in work before the page's JavaScript has loaded (here: never loads),
// and a fast typist on a slow phone keeps every key typed while it is still loading.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { isGameQuestion } from "../../lib/game/grade";
import { formatIsoDate } from "../../lib/quiz/format";
import { newUser, signUp, signUpAndSignIn } from "./helpers/auth";
import { getTestBank } from "./helpers/bank";
import { readRows } from "./helpers/db";

const bank = getTestBank();

async function withoutJs(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { page: await context.newPage(), close: () => context.close() };
}

test("sign-up and sign-in work without JavaScript; errors show beside the fields; each role lands on its home", async ({ browser }) => {
  const { page, close } = await withoutJs(browser);
  const learner = newUser("nojs");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(learner.name);
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#password-error")).toHaveText("Use at least 8 characters for your password.");
  await expect(page.getByRole("status").filter({ hasText: "Could not create the account" })).toContainText("at least 8 characters");
  // What was typed (but the password) is still there.
  await expect(page.getByLabel("Name")).toHaveValue(learner.name);
  await expect(page.getByLabel("Email")).toHaveValue(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Account" })).toBeVisible();

  // Signed out (also a form), then in again: a wrong password first.
  await page.getByRole("button", { name: /Sign out/ }).first().click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "do not match" })).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
  await close();

  // A teacher lands on Teach; a safe callbackUrl wins over that; an unsafe one is ignored.
  const teacher = newUser("nojs-teacher");
  const { request } = await browser.newContext();
  await signUp(request, teacher, "teacher");
  for (const [callbackUrl, landing] of [
    [null, /\/teach$/],
    ["/progress?days=30", /\/progress\?days=30$/],
    ["/\\evil.com", /\/teach$/],
    ["//evil.com", /\/teach$/],
  ] as const) {
    const fresh = await withoutJs(browser);
    await fresh.page.goto(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
    await fresh.page.getByLabel("Email").fill(teacher.email);
    await fresh.page.getByLabel("Password").fill(teacher.password);
    await fresh.page.getByRole("button", { name: "Sign in" }).click();
    await expect(fresh.page).toHaveURL(landing);
    expect(new URL(fresh.page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    await fresh.close();
  }
});

test("a teacher creates a class and a student joins it, without JavaScript", async ({ browser }) => {
  const teacher = await withoutJs(browser);
  await signUpAndSignIn(teacher.page, "teacher");
  await teacher.page.goto("/teach");
  await teacher.page.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.page.locator("#class-name-error")).toHaveText("Give the class a name.");
  await teacher.page.getByLabel("Class name").fill("No-script seminar");
  await teacher.page.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.page.getByRole("heading", { level: 1, name: "No-script seminar" })).toBeVisible();
  const code = (await teacher.page.getByTestId("join-code").textContent())!.trim();

  const student = await withoutJs(browser);
  await signUpAndSignIn(student.page);
  await student.page.goto(`/join/${code}`);
  await student.page.getByRole("button", { name: "Join class" }).click();
  await expect(student.page).toHaveURL(/\/classes$/);
  await expect(student.page.getByText("No-script seminar")).toBeVisible();
  await teacher.close();
  await student.close();
});

test("a teacher hosts a live game of questions she picks and a guest joins it, without JavaScript", async ({ browser }) => {
  const teacher = await withoutJs(browser);
  await signUpAndSignIn(teacher.page, "teacher");
  const made = await teacher.page.request.post("/api/classes", { data: { name: "No-script game night" } });
  expect(made.status(), await made.text()).toBe(201);
  const classId = ((await made.json()) as { id: string }).id;
  await teacher.page.goto(`/teach/classes/${classId}`);
  const form = teacher.page.getByRole("form", { name: "Host a live game" });
  // Without JavaScript the list is not on the page yet: choosing the source and sending shows it,
  // with the refusal of an empty set beside it.
  await form.getByRole("radio", { name: "Questions I pick" }).check();
  await form.getByRole("button", { name: "Open the lobby" }).click();
  await expect(form.locator("#game-pick-error")).toHaveText("Pick at least one question.");
  await expect(form.getByRole("status").filter({ hasText: "Could not start the game" })).toContainText("Pick at least one question.");
  await expect(form.getByRole("radio", { name: "Questions I pick" })).toBeChecked();
  // Without JavaScript the filters stay as the page opens: the first topic's questions.
  const chosen = [...bank.questions.values()].filter((q) => isGameQuestion(q) && bank.topicOfQuestion.get(q.id) === bank.topics[0]!.id).slice(0, 2);
  for (const q of chosen) await form.locator(`label[data-question-id="${q.id}"] input`).check();
  await form.getByLabel("Time per question").selectOption("60");
  await form.getByRole("button", { name: "Open the lobby" }).click();
  await expect(teacher.page).toHaveURL(/\/teach\/games\/\w+$/);
  const gameId = teacher.page.url().split("/").pop()!;
  const pin = (await teacher.page.getByTestId("game-pin").textContent())!.trim();
  const [game] = await readRows<{ questionIds: string; questionMs: number }>("SELECT questionIds, questionMs FROM Game WHERE id = ?", gameId);
  expect((JSON.parse(game!.questionIds) as string[]).sort()).toEqual(chosen.map((q) => q.id).sort());
  expect(Number(game!.questionMs)).toBe(60_000);

  // A guest opens the QR code's link: a nickname too short is refused beside the field, then she is in.
  const player = await withoutJs(browser);
  await player.page.goto(`/play?pin=${pin}`);
  await player.page.getByLabel("Nickname").fill("A");
  await player.page.getByRole("button", { name: "Join" }).click();
  await expect(player.page.locator("#nickname-error")).not.toBeEmpty();
  await expect(player.page.getByLabel("Nickname")).toHaveAttribute("aria-invalid", "true");
  await expect(player.page.getByLabel("Game PIN")).toHaveValue(pin);
  await expect(player.page.getByLabel("Nickname")).toHaveValue("A");
  await player.page.getByLabel("Nickname").fill("Nora");
  await player.page.getByRole("button", { name: "Join" }).click();
  await expect(player.page).toHaveURL(new RegExp(`/play/${gameId}$`));
  await expect(player.page.getByTestId("player-status")).toContainText("You are in, Nora");
  await teacher.page.reload();
  await expect(teacher.page.getByRole("list", { name: "Players" })).toContainText("Nora");
  await teacher.close();
  await player.close();
});

test("a guest starts a quiz from the home page without JavaScript", async ({ browser }) => {
  const { page, close } = await withoutJs(browser);
  await page.goto("/");
  const topic = bank.topics[0]!;
  await page.getByLabel("Topic", { exact: true }).selectOption(topic.id);
  await page.getByLabel("Questions", { exact: true }).selectOption("5");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[^/]+$/);
  await expect(page.getByText(`0 of ${Math.min(5, topic.questionCount)} answered`)).toBeVisible();
  await close();
});

test("an answer typed while the page's JavaScript is still loading keeps every key", async ({ page }) => {
  const question = [...bank.questions.values()].find((q) => q.type === "date");
  if (!question || question.type !== "date") throw new Error("the bank has no date question");
  await page.goto("/");
  const url = await page.evaluate(async (id) => {
    const res = await fetch("/api/attempts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionIds: [id] }) });
    return ((await res.json()) as { url: string }).url;
  }, question.id);

  // Hold every script of the quiz page until the answer has been typed: a phone on a slow link.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: "commit" });
  const input = page.getByRole("textbox", { name: "Your answer" });
  await input.focus();
  const typed = formatIsoDate(question.answer);
  await page.keyboard.type(typed);
  await expect(input).toHaveValue(typed);
  release();
  // Hydrated: React has attached itself to the form.
  await page.waitForFunction(() => {
    const form = document.querySelector("form[data-question-id]");
    return !!form && Object.keys(form).some((key) => key.startsWith("__react"));
  });
  await expect(input).toBeFocused();
  await expect(input).toHaveValue(typed);
  await page.keyboard.press("Enter");
  await expect(page.locator(".verdict")).toContainText(`Your answer: ${typed}`);
  await expect(page.locator(".verdict")).toContainText("Correct.");
  const attemptId = url.split("/").pop()!;
  const rows = await readRows<{ given: string }>("SELECT given FROM Answer WHERE attemptId = ?", attemptId);
  expect(rows.map((r) => r.given)).toEqual([typed]);
});
