// A class from start to gradebook: a teacher sets a quiz and a mastery assignment; one student
// finishes on time, one late, one never starts; the gradebook, the per-question figures and both
// CSV files show exactly the expected numbers.
import { expect, test, type Page } from "@playwright/test";
import { answerByKeyboard } from "./helpers/answer";
import { answerViaApi, type Choice } from "./helpers/classroom";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { parseCsv } from "./helpers/csv";
import { readRows } from "./helpers/db";

const bank = getTestBank();
const CLOCK = "x-overflight-clock-offset";
const HOURS = 60 * 60 * 1000;
const choices = [...bank.questions.values()].filter((q): q is Choice => q.type === "multiple_choice").slice(0, 3);

/** "YYYY-MM-DDTHH:mm" in UTC (the test teacher's zone), `hours` from now. */
function localIn(hours: number): string {
  return new Date(Date.now() + hours * HOURS).toISOString().slice(0, 16);
}

async function joinByCode(page: Page, code: string) {
  const res = await page.request.post("/api/classes/join", { data: { code } });
  expect(res.status(), await res.text()).toBe(201);
}

test("a class from join code to gradebook, with exact figures in the page and both CSVs", async ({ browser }) => {
  // Four people and eight axe-checked states: near the default minute on a shared machine.
  test.setTimeout(120_000);
  const contexts = await Promise.all([0, 1, 2, 3].map(() => browser.newContext()));
  const [teacher, onTime, late, never] = await Promise.all(contexts.map((c) => c.newPage()));
  await signUpAndSignIn(teacher!, "teacher");
  const students = [onTime!, late!, never!];
  for (const s of students) await signUpAndSignIn(s);

  // The teacher creates the class in the browser, by keyboard.
  await teacher!.goto("/teach");
  await expectAccessible(teacher!, "teach");
  await teacher!.getByLabel("Class name").focus();
  await teacher!.keyboard.type("Arms control 101");
  await teacher!.keyboard.press("Enter");
  await expect(teacher!.getByRole("heading", { level: 1, name: "Arms control 101" })).toBeVisible();
  const code = (await teacher!.getByTestId("join-code").textContent())!.trim();
  const classId = teacher!.url().split("/").pop()!;
  await expectAccessible(teacher!, "class page");

  // A mastery assignment through the form; a quiz of three hand-picked questions through the API.
  await teacher!.getByRole("radio", { name: /Mastery/ }).check();
  await teacher!.getByLabel("Title", { exact: true }).fill("Hold New START at 90%");
  await teacher!.getByLabel("Due", { exact: true }).fill(localIn(24));
  await teacher!.getByLabel("Topic", { exact: true }).selectOption("new-start");
  await teacher!.getByRole("button", { name: "Set assignment" }).click();
  await expect(teacher!.getByText("Assignment set.")).toBeVisible();
  const quiz = await teacher!.request.post(`/api/classes/${classId}/assignments`, {
    data: { kind: "quiz", title: "Open Skies check", due: localIn(1), questionIds: choices.map((q) => q.id), attemptsAllowed: 2, lateCounts: true },
  });
  expect(quiz.status(), await quiz.text()).toBe(201);
  const quizId = ((await quiz.json()) as { id: string }).id;

  // Students join: one through the form, by the code; the others by the API.
  await onTime!.goto(`/join/${code}`);
  await onTime!.getByRole("button", { name: "Join class" }).click();
  await expect(onTime!).toHaveURL(/\/classes$/);
  await joinByCode(late!, code.toLowerCase());
  await joinByCode(never!, code);
  expect((await never!.request.post("/api/classes/join", { data: { code: "ZZZZZZZZ" } })).status()).toBe(404);

  // On time, in the browser: start from the class page, answer everything right by keyboard.
  await onTime!.goto("/classes");
  await expect(onTime!.locator("tr", { hasText: "Open Skies check" })).toContainText("Not started");
  await expectAccessible(onTime!, "student classes");
  await onTime!.getByRole("button", { name: "Start Open Skies check" }).click();
  await expect(onTime!).toHaveURL(/\/quiz\//);
  for (const [i, q] of choices.entries()) {
    await answerByKeyboard(onTime!, q, bank, true);
    await expect(onTime!.locator(".verdict")).toContainText("Correct.");
    await onTime!.getByRole(i === choices.length - 1 ? "link" : "button", { name: i === choices.length - 1 ? "See results" : "Next question" }).click();
  }
  await onTime!.goto("/classes");
  await expect(onTime!.locator("tr", { hasText: "Open Skies check" })).toContainText("Submitted · 100%");

  // Late: two hours after the due date, one answer wrong.
  const twoHoursLater = { [CLOCK]: String(2 * HOURS) };
  const lateStart = await late!.request.post(`/api/assignments/${quizId}/start`, { headers: twoHoursLater });
  const lateAttempt = ((await lateStart.json()) as { attemptId: string }).attemptId;
  await answerViaApi(late!.request, lateAttempt, choices, choices[1]!.id, twoHoursLater);

  // The gradebook, seen after the due date.
  await teacher!.setExtraHTTPHeaders(twoHoursLater);
  await teacher!.goto(`/teach/classes/${classId}`);
  const cell = (student: string, assignment: string) => teacher!.locator(`td[data-student="${student}"][data-assignment="${assignment}"]`);
  const [nameOnTime, nameLate, nameNever] = await Promise.all(
    students.map(async (s) => ((await (await s.request.get("/api/account/export")).json()) as { user: { name: string } }).user.name),
  );
  await expect(cell(nameOnTime!, "Open Skies check")).toHaveText("Submitted · 100%");
  await expect(cell(nameLate!, "Open Skies check")).toHaveText("Late · 67% · counts");
  await expect(cell(nameNever!, "Open Skies check")).toHaveText("Missing");
  await expect(cell(nameNever!, "Hold New START at 90%")).toHaveText(/^Not started/);
  await expectAccessible(teacher!, "gradebook");

  // Per question: the second question split 1 right, 1 wrong; its distractor is the misconception.
  await teacher!.getByRole("link", { name: "Open Skies check" }).first().click();
  const row = teacher!.locator(`tr[data-question-id="${choices[1]!.id}"]`);
  await expect(row).toContainText("50%");
  await expect(row).toContainText(`${choices[1]!.distractors[0]} (1)`);
  // Median time: the browser student's real time and the late student's 5 s, read from the database.
  const medianOf = async (questionId: string) => {
    const rows = await readRows<{ timeMs: number }>(
      "SELECT a.timeMs FROM Answer a JOIN Attempt t ON t.id = a.attemptId WHERE t.assignmentId = ? AND a.questionId = ?",
      quizId,
      questionId,
    );
    const times = rows.map((r) => r.timeMs);
    expect(times).toHaveLength(2);
    return (times[0]! + times[1]!) / 2;
  };
  await expect(row).toContainText(`${Math.round((await medianOf(choices[1]!.id)) / 1000)} s`);
  await expectAccessible(teacher!, "assignment analysis");

  const book = parseCsv(await (await teacher!.request.get(`/api/classes/${classId}/gradebook?layout=detail`, { headers: twoHoursLater })).text());
  const quizRows = book.filter((r) => r.Assignment === "Open Skies check");
  expect(quizRows.map((r) => [r.Student, r.Status, r.Score, r["Attempts used"]])).toEqual(
    expect.arrayContaining([
      [nameOnTime, "Submitted", "100%", "1"],
      [nameLate, "Late", "67%", "1"],
      [nameNever, "Missing", "", "0"],
    ]),
  );
  expect(quizRows).toHaveLength(3);
  // The per-question CSV: the page's order, hardest (the split second question) first.
  const perQuestion = parseCsv(await (await teacher!.request.get(`/api/classes/${classId}/assignments/${quizId}/questions`)).text());
  const medians = await Promise.all(choices.map((q) => medianOf(q.id)));
  const hardestFirst = [1, 0, 2];
  expect(perQuestion.map((r) => [r["Question ID"], r.Answers, r["Answered right"], r["Share right"], r["Median time (ms)"]])).toEqual(
    hardestFirst.map((i) => [choices[i]!.id, "2", i === 1 ? "1" : "2", i === 1 ? "50%" : "100%", String(medians[i])]),
  );
  expect(await teacher!.locator("tr[data-question-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-question-id")))).toEqual(
    hardestFirst.map((i) => choices[i]!.id),
  );
  expect(perQuestion[0]!["Most common wrong answer"]).toBe(choices[1]!.distractors[0]);

  // A student's answers, from the gradebook.
  await teacher!.goto(`/teach/classes/${classId}`);
  await teacher!.getByRole("link", { name: nameLate! }).click();
  const wrongAnswer = teacher!.getByRole("listitem").filter({ hasText: `The answer: ${choices[1]!.answer}` });
  await expect(wrongAnswer).toHaveCount(1);
  await expect(wrongAnswer).toContainText("Incorrect");
  await expect(wrongAnswer).toContainText(`Answer given: ${choices[1]!.distractors[0]}`);
  await expectAccessible(teacher!, "student work");

  // A new code stops the old one; an archived class takes nobody.
  await teacher!.goto(`/teach/classes/${classId}`);
  await teacher!.getByRole("button", { name: "Make a new code" }).click();
  await expect(teacher!.getByText("New code made; the old one no longer works.")).toBeVisible();
  const outsider = await browser.newContext();
  const outsiderPage = await outsider.newPage();
  await signUpAndSignIn(outsiderPage);
  const stale = await outsiderPage.request.post("/api/classes/join", { data: { code } });
  expect(stale.status()).toBe(404);
  expect(((await stale.json()) as { error: { message: string } }).error.message).toMatch(/No class has that code/);
  await teacher!.getByRole("button", { name: "Archive class" }).click();
  await expect(teacher!.getByText("Class archived.")).toBeVisible();
  const fresh = (await teacher!.getByTestId("join-code").textContent())!.trim();
  const archived = await outsiderPage.request.post("/api/classes/join", { data: { code: fresh } });
  expect(archived.status()).toBe(409);
  await Promise.all([...contexts, outsider].map((c) => c.close()));
});
