// Assignments keep their identity: the quiz taken for a class names the assignment, its class and due
// date; the results say the teacher can see them; the history lists it by its title, never an id.
import { expect, test } from "@playwright/test";
import { answerByKeyboard } from "./helpers/answer";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import type { Choice } from "./helpers/classroom";

const bank = getTestBank();
const choices = [...bank.questions.values()].filter((q): q is Choice => q.type === "multiple_choice").slice(6, 8);

test("a class quiz is titled by its assignment, class and due date, in the quiz, its results and the history", async ({ browser }) => {
  const [teacherContext, studentContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [teacher, student] = await Promise.all([teacherContext.newPage(), studentContext.newPage()]);
  await signUpAndSignIn(teacher, "teacher");
  await signUpAndSignIn(student);
  const made = await teacher.request.post("/api/classes", { data: { name: "Verification seminar" } });
  const { id: classId, joinCode } = (await made.json()) as { id: string; joinCode: string };
  const set = await teacher.request.post(`/api/classes/${classId}/assignments`, {
    data: { kind: "quiz", title: "Week 3 check", due: "2099-03-01T09:30", questionIds: choices.map((q) => q.id), attemptsAllowed: 1, lateCounts: false },
  });
  expect(set.status(), await set.text()).toBe(201);
  expect((await student.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);

  await student.goto("/classes");
  await student.getByRole("button", { name: "Start Week 3 check" }).click();
  await expect(student.getByRole("heading", { level: 1, name: "Week 3 check" })).toBeVisible();
  await expect(student.getByText("Verification seminar · assignment")).toBeVisible();
  await expect(student.getByTestId("assignment-due")).toHaveText("Due 1 Mar 2099, 09:30 (UTC) · your teacher sees your answers");
  await expectAccessible(student, "assignment quiz");
  for (const [i, q] of choices.entries()) {
    await answerByKeyboard(student, q, bank, true);
    await expect(student.locator(".verdict")).toContainText("Correct.");
    await student.getByRole(i === choices.length - 1 ? "link" : "button", { name: i === choices.length - 1 ? "See results" : "Next question" }).click();
  }
  await expect(student.getByRole("heading", { level: 1, name: "Results: Week 3 check" })).toBeVisible();
  await expect(student.getByText("Your teacher in Verification seminar can see this score and every answer you gave.")).toBeVisible();
  await expectAccessible(student, "assignment results");

  await student.goto("/history");
  const row = student.locator("tr", { hasText: "Week 3 check" });
  await expect(row.getByRole("link", { name: "Week 3 check" })).toBeVisible();
  await expect(row).toContainText("Verification seminar");
  await expect(student.locator("main")).not.toContainText("assignment:");
  await expectAccessible(student, "history with an assignment");
  await Promise.all([teacherContext.close(), studentContext.close()]);
});
