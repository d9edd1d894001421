// Late work and statuses: late work shows its score with a Late mark and whether it counts; a legend
// explains the statuses; a student's page shows their scores; the teacher gives one student more time.
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { answerViaApi, type Choice } from "./helpers/classroom";
import { parseCsv } from "./helpers/csv";

const bank = getTestBank();
const CLOCK = "x-overflight-clock-offset";
const HOURS = 60 * 60 * 1000;
const choices = [...bank.questions.values()].filter((q): q is Choice => q.type === "multiple_choice").slice(3, 6);
const localIn = (hours: number) => new Date(Date.now() + hours * HOURS).toISOString().slice(0, 16);

test("late work shows its score and whether it counts; one student gets more time and is on time", async ({ browser }) => {
  const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext()));
  const [teacher, late, extended] = await Promise.all(contexts.map((c) => c.newPage()));
  await signUpAndSignIn(teacher!, "teacher");
  const lateUser = await signUpAndSignIn(late!);
  const extendedUser = await signUpAndSignIn(extended!);
  const made = await teacher!.request.post("/api/classes", { data: { name: "Late class" } });
  const { id: classId, joinCode } = (await made.json()) as { id: string; joinCode: string };
  const quiz = await teacher!.request.post(`/api/classes/${classId}/assignments`, {
    data: { kind: "quiz", title: "Due in an hour", due: localIn(1), questionIds: choices.map((q) => q.id), attemptsAllowed: 1, lateCounts: false },
  });
  const quizId = ((await quiz.json()) as { id: string }).id;
  for (const s of [late!, extended!]) expect((await s.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);

  // The teacher gives the second student five hours, on that student's page, by keyboard.
  await teacher!.goto(`/teach/classes/${classId}`);
  await teacher!.getByRole("link", { name: extendedUser.name }).click();
  await expect(teacher!.locator('li[data-assignment="Due in an hour"] [data-testid="student-score"]')).toHaveText("Not started");
  await expectAccessible(teacher!, "student page with scores");
  await teacher!.getByLabel("New due date for Due in an hour").fill(localIn(5));
  await teacher!.getByRole("button", { name: "Give more time" }).focus();
  await teacher!.keyboard.press("Enter");
  await expect(teacher!.getByText(/Due in an hour is now due .* for this student\./)).toBeVisible();
  await expect(teacher!.locator('li[data-assignment="Due in an hour"]')).toContainText("(more time;");
  await expectAccessible(teacher!, "student page after more time");
  // A date before the class's own is refused, naming why.
  await teacher!.getByLabel("New due date for Due in an hour").fill(localIn(-3));
  await teacher!.getByRole("button", { name: "Give more time" }).click();
  await expect(teacher!.getByText(/More time means a date after the assignment's own/)).toBeVisible();

  // Two hours on, both finish, one answer wrong each: one is late, the other within their extra time.
  const later = { [CLOCK]: String(2 * HOURS) };
  for (const [page, wrong] of [[late!, choices[0]!.id], [extended!, choices[0]!.id]] as const) {
    const start = await page.request.post(`/api/assignments/${quizId}/start`, { headers: later });
    expect(start.status(), await start.text()).toBe(201);
    await answerViaApi(page.request, ((await start.json()) as { attemptId: string }).attemptId, choices, wrong, later);
  }

  await teacher!.setExtraHTTPHeaders(later);
  await teacher!.goto(`/teach/classes/${classId}`);
  const cell = (student: string) => teacher!.locator(`td[data-student="${student}"][data-assignment="Due in an hour"]`);
  await expect(cell(lateUser.name)).toHaveText("Late · 67% · does not count");
  await expect(cell(extendedUser.name)).toHaveText("Submitted · 67% (more time)");
  await teacher!.getByText("What the statuses mean").first().click();
  await expect(teacher!.getByText("Finished after the due date. Its score is shown, and counts only if the assignment accepts late work.")).toBeVisible();
  await expectAccessible(teacher!, "gradebook with late work and the legend open");

  // The late student's page shows the same.
  await teacher!.getByRole("link", { name: lateUser.name }).click();
  await expect(teacher!.locator('li[data-assignment="Due in an hour"] [data-testid="student-score"]')).toHaveText("Late · 67% · does not count");

  // The CSV: the late score apart from the counted one, the setting, each student's due date.
  const rows = parseCsv(await (await teacher!.request.get(`/api/classes/${classId}/gradebook?layout=detail`, { headers: later })).text());
  const row = (name: string) => rows.find((r) => r.Student === name)!;
  expect([row(lateUser.name).Status, row(lateUser.name).Score, row(lateUser.name)["Late score"], row(lateUser.name)["Late work counts"]]).toEqual(["Late", "", "67%", "no"]);
  expect([row(extendedUser.name).Status, row(extendedUser.name).Score]).toEqual(["Submitted", "67%"]);
  expect(row(extendedUser.name)["Student's due date"]).not.toBe(row(extendedUser.name).Due);
  expect(row(lateUser.name)["Student's due date"]).toBe(row(lateUser.name).Due);

  // The students see it too.
  await late!.setExtraHTTPHeaders(later);
  await late!.goto("/classes");
  await expect(late!.locator("tr", { hasText: "Due in an hour" })).toContainText("Late · 67% · does not count");
  await expectAccessible(late!, "student's list with late work");
  await extended!.setExtraHTTPHeaders(later);
  await extended!.goto("/classes");
  await expect(extended!.locator("tr", { hasText: "Due in an hour" })).toContainText("(more time from your teacher)");
  await Promise.all(contexts.map((c) => c.close()));
});
