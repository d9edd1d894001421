// A live game from the class page to the stored results: a teacher hosts one of the class's quizzes;
// three players join in their own browsers (a guest on a 360 px phone, a signed-in student by
// keyboard only, a guest on a desktop) and a fourth name is removed from the lobby. Each question
// shows on every player's own screen; after the reveal the host sees the distribution, the common
// wrong answer and the source; a player who reloads comes back with their score; the end shows a
// podium, the results and their CSV; the student's answers are reviews, and the guest's once she
// signs in on her phone. axe after each state.
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import type { Choice } from "./helpers/classroom";
import { isGameQuestion } from "../../lib/game/grade";
import { parseCsv } from "./helpers/csv";
import { readRows } from "./helpers/db";

const bank = getTestBank();
const questions = [...bank.questions.values()].filter((q): q is Choice => q.type === "multiple_choice" && q.facts.length === 1).slice(0, 2);

async function joinInBrowser(page: Page, pin: string, nickname: string) {
  await page.goto(`/play?pin=${pin}`);
  await expect(page.getByLabel("Game PIN")).toHaveValue(pin);
  await page.getByLabel("Nickname").fill(nickname);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page).toHaveURL(/\/play\/\w+$/);
  await expect(page.getByTestId("player-status")).toContainText(`You are in, ${nickname}`);
}

/** Taps an option and sends it, as on a phone or with a mouse. */
async function answerByPointer(page: Page, q: Choice, right: boolean) {
  const form = page.locator(`form[data-question-id="${q.id}"]`);
  await form.getByRole("radio", { name: right ? q.answer : q.distractors[0], exact: true }).check();
  await form.getByRole("button", { name: "Send answer" }).click();
  await expect(page.getByTestId("player-status")).toContainText("Answer received");
}

/** The keyboard-only player: the option's number key, then Enter, with focus inside the question. */
async function answerByKeyboard(page: Page, q: Choice, right: boolean) {
  const form = page.locator(`form[data-question-id="${q.id}"]`);
  await expect(form).toBeVisible();
  const options = await form.locator(".option span").allTextContents();
  const index = options.indexOf(right ? q.answer : q.distractors[0]!);
  expect(index).toBeGreaterThanOrEqual(0);
  await form.getByRole("radio").first().focus();
  await page.keyboard.press(String(index + 1));
  await expect(form.getByRole("radio", { name: options[index], exact: true })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("player-status")).toContainText("Answer received");
}

test("a live game: host, three players (phone, keyboard, desktop), removal, reveal, reload, results and reviews", async ({ browser }) => {
  test.setTimeout(180_000);
  const teacherContext = await browser.newContext();
  const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
  const keyboardContext = await browser.newContext();
  const desktopContext = await browser.newContext();
  const intruderContext = await browser.newContext();
  const host = await teacherContext.newPage();
  const phone = await phoneContext.newPage();
  const keyboard = await keyboardContext.newPage();
  const desktop = await desktopContext.newPage();

  // The teacher's class and a two-question quiz (over the API: the class page has its own journeys).
  await signUpAndSignIn(host, "teacher");
  const made = await host.request.post("/api/classes", { data: { name: "Verification 101" } });
  expect(made.status(), await made.text()).toBe(201);
  const classId = ((await made.json()) as { id: string }).id;
  const due = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16);
  const quiz = await host.request.post(`/api/classes/${classId}/assignments`, {
    data: { kind: "quiz", title: "Open Skies live check", due, questionIds: questions.map((q) => q.id), attemptsAllowed: 1, lateCounts: false },
  });
  expect(quiz.status(), await quiz.text()).toBe(201);

  // Host a game of that quiz from the class page.
  await host.goto(`/teach/classes/${classId}`);
  const form = host.getByRole("form", { name: "Host a live game" });
  await form.getByRole("radio", { name: "One of this class's quizzes" }).check();
  await form.getByLabel("Quiz", { exact: true }).selectOption({ label: "Open Skies live check" });
  await form.getByLabel("Time per question").selectOption("60");
  await expectAccessible(host, "class page with the host form");
  await form.getByRole("button", { name: "Open the lobby" }).click();
  await expect(host).toHaveURL(/\/teach\/games\/\w+$/);
  const gameId = host.url().split("/").pop()!;
  const pin = (await host.getByTestId("game-pin").textContent())!.trim();
  expect(pin).toMatch(/^[1-9]\d{5}$/);
  await expect(host.getByRole("img", { name: /QR code of the join link/ })).toBeVisible();
  await expectAccessible(host, "empty lobby");

  // Three players join: a guest on a phone, a signed-in student by keyboard only, a guest on a desktop.
  await joinInBrowser(phone, pin, "Ada");
  await expectAccessible(phone, "phone in the lobby");
  const student = await signUpAndSignIn(keyboard);
  await keyboard.goto("/play");
  await expectAccessible(keyboard, "join form");
  await keyboard.getByLabel("Game PIN").focus();
  await keyboard.keyboard.type(pin);
  await keyboard.keyboard.press("Tab");
  await expect(keyboard.getByLabel("Nickname")).toBeFocused();
  await expect(keyboard.getByLabel("Nickname")).toHaveValue(student.name);
  await keyboard.keyboard.press("Control+A");
  await keyboard.keyboard.type("Bea");
  await keyboard.keyboard.press("Enter");
  await expect(keyboard.getByTestId("player-status")).toContainText("You are in, Bea");
  await joinInBrowser(desktop, pin, "Cy");

  // A taken name and a wrong PIN are refused with a message.
  const duplicate = await intruderContext.request.post("/api/games/join", { data: { pin, nickname: "ada" } });
  expect(duplicate.status()).toBe(422);
  expect(((await duplicate.json()) as { error: { message: string } }).error.message).toMatch(/already has that nickname/);
  const wrongPin = await intruderContext.request.post("/api/games/join", { data: { pin: pin === "999999" ? "888888" : "999999", nickname: "Zed" } });
  expect(wrongPin.status()).toBe(404);

  // A fourth name joins and the host removes it; its answers are then refused.
  const intruder = await intruderContext.request.post("/api/games/join", { data: { pin, nickname: "Rude name" } });
  expect(intruder.status(), await intruder.text()).toBe(201);
  const players = host.getByRole("list", { name: "Players" });
  await expect(players.getByRole("listitem")).toHaveCount(4);
  await host.getByRole("button", { name: "Remove Rude name" }).click();
  await expect(players.getByRole("listitem")).toHaveCount(3);
  await expect(players).toContainText("Ada");
  await expect(players).toContainText("Bea");
  await expect(players).toContainText("Cy");
  await expectAccessible(host, "lobby with three players");

  // Question 1: every player sees the question and its options on their own screen.
  await host.getByRole("button", { name: "Start the game" }).click();
  await expect(host.getByTestId("game-phase")).toContainText("Question 1 of 2");
  const [q1, q2] = questions as [Choice, Choice];
  for (const page of [phone, keyboard, desktop]) await expect(page.getByRole("heading", { level: 1, name: q1.prompt })).toBeVisible();
  await expectAccessible(host, "host question 1");
  await expectAccessible(phone, "phone question 1");
  const late = await intruderContext.request.post(`/api/games/${gameId}/answers`, { data: { questionIndex: 0, response: { kind: "choice", choice: q1.answer } } });
  expect(late.status()).toBe(403);

  await answerByPointer(phone, q1, true);
  await answerByKeyboard(keyboard, q1, true);
  await answerByPointer(desktop, q1, false);
  await expect(host.getByTestId("answered-count")).toHaveText("3 of 3 answered");
  await expectAccessible(keyboard, "keyboard player, answer received");

  // A resend of the same answer is answered like the first, and not counted twice.
  const resend = await desktop.request.post(`/api/games/${gameId}/answers`, { data: { questionIndex: 0, response: { kind: "choice", choice: q1.answer } } });
  expect(resend.status()).toBe(200);
  expect(((await resend.json()) as { replayed: boolean; given: string }).given).toBe(q1.distractors[0]);

  // Pause and resume keep the question open.
  await host.getByRole("button", { name: "Pause" }).click();
  await expect(host.getByTestId("game-phase")).toContainText("paused");
  await expect(phone.getByTestId("player-status")).toContainText("Answer received");
  await host.getByRole("button", { name: "Resume" }).click();
  await expect(host.getByTestId("game-phase")).not.toContainText("paused");

  // The reveal: the distribution, the right answer, the most common wrong one and the source sentence.
  await host.getByRole("button", { name: "Reveal the answer" }).click();
  await expect(host.getByTestId("game-correct")).toHaveText(q1.answer);
  await expect(host.getByText(`Most common wrong answer: ${q1.distractors[0]}`)).toBeVisible();
  const answers = host.getByRole("list", { name: "Answers given" });
  await expect(answers.locator("li.right")).toContainText("2 players");
  await expect(answers.locator("li.wrong")).toContainText("1 player");
  const quote = bank.facts.get(q1.facts[0]!)!.citations[0]!.quote;
  await expect(host.locator(".game-source blockquote").first()).toContainText(quote.slice(0, 30));
  await expectAccessible(host, "host reveal");
  await expect(phone.getByTestId("player-status")).toContainText("Right! +1000 points");
  await expect(desktop.getByTestId("player-status")).toContainText("Not this time");
  await expectAccessible(phone, "phone reveal");
  await expectAccessible(desktop, "desktop reveal");

  // The phone reloads (a dropped connection): the same player, with the same score.
  await phone.reload();
  await expect(phone.getByTestId("my-score")).toContainText("1000");
  await expect(phone.getByTestId("player-status")).toContainText("Right! +1000 points");

  // Question 2, reached by the reloaded phone over its new stream.
  await host.getByRole("button", { name: "Next question" }).click();
  await expect(host.getByTestId("game-phase")).toContainText("Question 2 of 2");
  for (const page of [phone, keyboard, desktop]) await expect(page.getByRole("heading", { level: 1, name: q2.prompt })).toBeVisible();
  await answerByPointer(phone, q2, true);
  await answerByKeyboard(keyboard, q2, false);
  await answerByPointer(desktop, q2, true);
  // The desktop player reloads while their answer waits for the reveal: it is still theirs.
  await desktop.reload();
  await expect(desktop.getByTestId("player-status")).toContainText("Answer received");
  await host.getByRole("button", { name: "Reveal the answer" }).click();
  await expect(host.getByRole("list", { name: "Leaderboard" })).toContainText("Ada");
  await expect(desktop.getByTestId("my-score")).toContainText("1000");

  // The end: a podium and the results per player and per question, stored and reachable from the class.
  await host.getByRole("button", { name: "Show the results" }).click();
  await expect(host.getByRole("heading", { level: 1, name: "Open Skies live check" })).toBeVisible();
  await expect(host.getByRole("heading", { name: "Podium" })).toBeVisible();
  const podium = host.getByRole("list", { name: "Podium" });
  await expect(podium.locator(".place-1")).toContainText("Ada");
  await expect(podium.locator(".place-1")).toContainText("2000");
  await expectAccessible(host, "host results");
  for (const page of [phone, keyboard, desktop]) await expect(page.getByRole("heading", { level: 1, name: "Final results" })).toBeVisible();
  await expect(phone.getByTestId("player-status")).toContainText("You placed 1 of 3 with 2000 points");
  await expect(keyboard.getByTestId("player-status")).toContainText("1000 points");
  await expectAccessible(phone, "phone final results");
  await expectAccessible(keyboard, "keyboard final results");

  const csv = await host.request.get(`/api/games/${gameId}/results?layout=players`);
  expect(csv.status()).toBe(200);
  const rows = parseCsv(await csv.text());
  expect([rows[0]?.nickname, rows[0]?.rank, rows[0]?.score, rows[0]?.signed_in]).toEqual(["Ada", "1", "2000", "no"]);
  // Bea and Cy both scored 1000: the faster total time ranks higher, so only the pair is fixed here.
  expect(rows.slice(1).map((r) => r.nickname).sort()).toEqual(["Bea", "Cy"]);
  expect(rows.slice(1).map((r) => [r.score, r.signed_in]).sort()).toEqual([
    ["1000", "no"],
    ["1000", "yes"],
  ]);
  const perQuestion = parseCsv(await (await host.request.get(`/api/games/${gameId}/results?layout=questions`)).text());
  expect(perQuestion.map((r) => [r.correct, r.answered])).toEqual([
    ["2", "3"],
    ["2", "3"],
  ]);

  await host.goto(`/teach/classes/${classId}`);
  await host.getByRole("link", { name: "Open Skies live check" }).last().click();
  await expect(host.getByRole("heading", { name: "Podium" })).toBeVisible();

  // The signed-in student's two answers are reviews, once each, marked as from a game.
  const session = (await (await keyboard.request.get("/api/auth/session")).json()) as { uid: string };
  const reviews = await readRows<{ origin: string; clientKey: string }>('SELECT origin, clientKey FROM Review WHERE userId = ?', session.uid);
  expect(reviews.map((r) => r.origin)).toEqual(["game", "game"]);
  expect(new Set(reviews.map((r) => r.clientKey)).size).toBe(2);

  // Ada played as a guest: the end offers her an account, and signing in on that phone makes her
  // two answers her reviews, once each.
  await expect(phone.getByRole("link", { name: "create an account" })).toBeVisible();
  await signUpAndSignIn(phone);
  const ada = (await (await phone.request.get("/api/auth/session")).json()) as { uid: string };
  const claimed = await readRows<{ origin: string }>("SELECT origin FROM Review WHERE userId = ?", ada.uid);
  expect(claimed.map((r) => r.origin)).toEqual(["game", "game"]);

  for (const c of [teacherContext, phoneContext, keyboardContext, desktopContext, intruderContext]) await c.close();
});

test("a teacher hosts a game of questions she picks, by keyboard: only playable ones are offered, none is refused, the game asks exactly hers", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpAndSignIn(page, "teacher");
  const made = await page.request.post("/api/classes", { data: { name: "Hand-picked seminar" } });
  expect(made.status(), await made.text()).toBe(201);
  const classId = ((await made.json()) as { id: string }).id;
  await page.goto(`/teach/classes/${classId}`);
  const form = page.getByRole("form", { name: "Host a live game" });

  // The class has no quiz, so the arrow key from "A topic" skips the disabled source to "Questions I pick".
  await form.getByRole("radio", { name: "A topic" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(form.getByRole("radio", { name: "Questions I pick" })).toBeChecked();
  const picker = form.getByRole("group", { name: /^Questions \(\d+ picked\)$/ });
  await expect(picker).toHaveAccessibleName("Questions (0 picked)");

  // Only the questions a live game can ask are listed: every one of those, no ordering or matching.
  const topicFilter = picker.getByLabel("Show topic");
  await expect(topicFilter).toHaveValue(bank.topics[0]!.id);
  await topicFilter.selectOption("all");
  const playable = [...bank.questions.values()].filter(isGameQuestion);
  expect(playable.length).toBeLessThan(bank.questions.size);
  await expect(picker.getByRole("status")).toHaveText(`Showing ${playable.length} of ${playable.length} questions.`);
  const listed = await picker.locator("[data-question-id]").evaluateAll((labels) => labels.map((l) => l.getAttribute("data-question-id")));
  expect(listed.sort()).toEqual(playable.map((q) => q.id).sort());
  // One topic's list (as it opens) for axe: the whole bank's takes axe minutes on a busy machine.
  await topicFilter.selectOption(bank.topics[0]!.id);
  await expectAccessible(page, "host form, picking questions");

  // None picked: refused beside the list, and said in the form's live region.
  await form.getByRole("button", { name: "Open the lobby" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.locator("#game-pick-error")).toHaveText("Pick at least one question.");
  await expect(form.getByRole("status").filter({ hasText: "Could not start the game" })).toContainText("Pick at least one question.");
  await expect(page).toHaveURL(new RegExp(`/teach/classes/${classId}$`));
  await expectAccessible(page, "host form, none picked");

  // Three of different types and topics, each ticked with the space bar; a pick hidden by the filter stays picked.
  await topicFilter.selectOption("all");
  const types = ["multiple_choice", "true_false", "number"];
  const chosen = types.map((type, i) => playable.find((q) => q.type === type && bank.topicOfQuestion.get(q.id) === bank.topics[i]!.id) ?? playable.find((q) => q.type === type)!);
  for (const q of chosen) {
    await form.locator(`label[data-question-id="${q.id}"] input`).focus();
    await page.keyboard.press("Space");
  }
  await expect(picker).toHaveAccessibleName("Questions (3 picked)");
  await topicFilter.selectOption(bank.topicOfQuestion.get(chosen[0]!.id)!);
  await expect(picker.getByRole("status")).toContainText("hidden by the filters and stay picked");
  await form.getByRole("button", { name: "Open the lobby" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/teach\/games\/\w+$/);
  await expect(page.getByTestId("game-pin")).toHaveText(/^[1-9]\d{5}$/);
  await expect(page.getByRole("button", { name: "Start the game" })).toBeVisible();
  await expectAccessible(page, "lobby of a hand-picked game");
  const gameId = page.url().split("/").pop()!;
  const [game] = await readRows<{ questionIds: string }>("SELECT questionIds FROM Game WHERE id = ?", gameId);
  expect((JSON.parse(game!.questionIds) as string[]).sort()).toEqual(chosen.map((q) => q.id).sort());
  await page.getByRole("button", { name: "Start the game" }).click();
  await expect(page.getByTestId("game-phase")).toContainText("Question 1 of 3");
});

test("the join form says under the field why a PIN or a nickname is refused, and keeps what was typed", async ({ browser }) => {
  const teacher = await browser.newContext();
  const host = await teacher.newPage();
  await signUpAndSignIn(host, "teacher");
  const ids = [...bank.questions.values()].filter(isGameQuestion).slice(0, 1).map((q) => q.id);
  const made = await host.request.post("/api/games", { data: { source: "questions", questionIds: ids, seconds: 20 } });
  expect(made.status(), await made.text()).toBe(201);
  const { pin } = (await made.json()) as { pin: string };

  const playerContext = await browser.newContext();
  const player = await playerContext.newPage();
  await player.goto("/play");
  // A PIN of the wrong shape is refused before any game is looked up (it does not count as a guess).
  await player.getByLabel("Game PIN").fill("12");
  await player.getByLabel("Nickname").fill("Ada");
  await player.getByRole("button", { name: "Join" }).click();
  await expect(player.locator("#pin-error")).toHaveText("A game PIN is six digits.");
  await expect(player.getByLabel("Game PIN")).toHaveAttribute("aria-invalid", "true");
  await expect(player.getByRole("status").filter({ hasText: "Could not join" })).toContainText("A game PIN is six digits.");
  await expect(player.getByLabel("Nickname")).toHaveValue("Ada");
  await expectAccessible(player, "join form, PIN refused");

  await player.getByLabel("Game PIN").fill(pin);
  await player.getByLabel("Nickname").fill("A");
  await player.getByRole("button", { name: "Join" }).click();
  await expect(player.locator("#nickname-error")).toHaveText("A nickname needs at least 2 characters.");
  await expect(player.locator("#pin-error")).toHaveCount(0);
  await expect(player.getByLabel("Game PIN")).toHaveValue(pin);
  await expectAccessible(player, "join form, nickname refused");
  await player.getByLabel("Nickname").fill("Ada");
  await player.getByRole("button", { name: "Join" }).click();
  await expect(player).toHaveURL(/\/play\/\w+$/);
  await expect(player.getByTestId("player-status")).toContainText("You are in, Ada");
  await teacher.close();
  await playerContext.close();
});
