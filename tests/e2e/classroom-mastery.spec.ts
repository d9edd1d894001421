// Mastery measured honestly: a goal "keep New START above 90% until D" is judged by what FSRS predicts
// for each fact at D, so one wrong answer a minute ago is not "met"; the student sees where they stand at
// D and how many cards are below; Review opens that topic only; the dashboard states its horizon.
import { expect, test } from "@playwright/test";
import { answerByKeyboard } from "./helpers/answer";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";

const bank = getTestBank();
const TOPIC = "new-start";
const facts = [...bank.facts.values()].filter((f) => f.topic === TOPIC).length;

test("a mastery goal is judged at its due date: one wrong answer leaves it in progress, and Review opens its topic only", async ({ browser }) => {
  const [teacherContext, studentContext] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [teacher, student] = await Promise.all([teacherContext.newPage(), studentContext.newPage()]);
  await signUpAndSignIn(teacher, "teacher");
  const studentUser = await signUpAndSignIn(student);
  const made = await teacher.request.post("/api/classes", { data: { name: "Mastery class" } });
  const { id: classId, joinCode } = (await made.json()) as { id: string; joinCode: string };
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16);
  const set = await teacher.request.post(`/api/classes/${classId}/assignments`, {
    data: { kind: "mastery", title: "Hold New START", due, topic: TOPIC, targetPercent: 90 },
  });
  expect(set.status(), await set.text()).toBe(201);
  expect((await student.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);

  await student.goto("/classes");
  const row = student.locator("tr", { hasText: "Hold New START" });
  await expect(row).toContainText("Not started");
  await expect(row).toContainText(`At the due date, if you review nothing more: 0% on average, ${facts} of ${facts} cards below the target`);
  await expectAccessible(student, "mastery not started");

  // Review: this topic's cards only.
  await row.getByRole("link", { name: "Review Hold New START" }).click();
  await expect(student).toHaveURL(new RegExp(`/review\\?topic=${TOPIC}$`));
  await expect(student.getByRole("heading", { level: 1 })).toContainText("Review: ");
  await expectAccessible(student, "topic review");
  const q = bank.questions.get((await student.locator("form[data-question-id]").getAttribute("data-question-id"))!)!;
  expect(bank.facts.get(q.facts[0]!)?.topic).toBe(TOPIC);
  await answerByKeyboard(student, q, bank, false);
  await expect(student.locator(".verdict")).toBeVisible();
  await expect(student.getByText(/Graded Again/)).toBeVisible();
  await expectAccessible(student, "topic review, after a wrong answer");
  await student.getByRole("button", { name: "Next card" }).click();
  const next = bank.questions.get((await student.locator("form[data-question-id]").getAttribute("data-question-id"))!)!;
  expect(bank.facts.get(next.facts[0]!)?.topic).toBe(TOPIC);
  // The flashcard tab keeps the topic.
  await expect(student.getByRole("link", { name: "Flashcards" })).toHaveAttribute("href", `/review?mode=flashcards&topic=${TOPIC}`);

  // A minute after a wrong answer, the goal is not met: the fact is judged at the due date a week away.
  await student.goto("/classes");
  await expect(row).toContainText("In progress");
  await expect(row).toContainText(`${facts} of ${facts} cards below the target`);
  const standing = Number((await row.textContent())!.match(/review nothing more: (\d+)%/)![1]);
  expect(standing).toBeLessThan(90);
  await expectAccessible(student, "mastery in progress");

  // The teacher's gradebook says the same.
  await teacher.goto(`/teach/classes/${classId}`);
  await expect(teacher.locator(`td[data-student="${studentUser.name}"][data-assignment="Hold New START"]`)).toHaveText(`In progress · ${standing}%`);

  // The dashboard judges its figures 30 days ahead and says so; nothing answered once is Strong.
  await student.goto("/progress");
  await expect(student.getByRole("heading", { name: "Predicted recall by topic in 30 days" })).toBeVisible();
  // The topic's name in its row header is the link to its review ("Review <topic>").
  const topicRow = student.locator("tr", { has: student.getByRole("rowheader", { name: `Review ${bank.topics.find((t) => t.id === TOPIC)!.title}`, exact: true }) });
  await expect(topicRow).toContainText(`1 of ${facts}`);
  await expect(topicRow).not.toContainText("100%");
  await expect(student.locator(".timeline .level-strong")).toHaveCount(0);
  await expectAccessible(student, "progress with a horizon");

  // An unknown topic is the not-found page, with a 404 status (checked before anything of the page streams).
  const missing = await student.goto("/review?topic=no-such-topic");
  expect(missing?.status()).toBe(404);
  await expect(student.getByText("Not found")).toBeVisible();
  await expect(student.locator("form[data-question-id]")).toHaveCount(0);
  await Promise.all([teacherContext.close(), studentContext.close()]);
});
