// A teacher's own questions, from the form to a student's review: one on a fact of the app, one on a
// new fact with its source; refused by the content rules with the field named; assigned by hand;
// taken by a student who sees the teacher's mark; the answers become reviews; edited; retired with
// their history kept; and never reachable by a learner outside the class.
import { expect, test, type Page } from "@playwright/test";
import type { Question } from "../../lib/content/schema";
import { answerByKeyboard } from "./helpers/answer";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { countRows, readRows } from "./helpers/db";

const bank = getTestBank();
const CLOCK = "x-overflight-clock-offset";
const DAY = 24 * 60 * 60 * 1000;
const MARK = "Written by your teacher";

const onFact = {
  fact: "abm-eif-1972",
  prompt: "When did the ABM Treaty enter into force?",
  answer: "3 October 1972",
  distractors: ["26 May 1972", "13 June 2002", "1 July 1974"],
};
// A true fact with its real source (the CFR page content/ cites for the ABM Treaty).
const newFact = {
  statement: "The United States withdrew from the ABM Treaty on 13 June 2002.",
  sourceTitle: "Strategic Arms Limitation Treaty (SALT I, ABM)",
  sourcePublisher: "Council on Foreign Relations",
  sourceDate: "1972-05-26",
  sourceUrl: "http://www.cfr.org/proliferation/strategic-arms-limitation-treaty-salt-abm/p9622",
  quote: "the treaty entered into force on October 3, 1972 and existed until June 13, 2002, when the United States withdrew.",
  prompt: "The ABM Treaty was still in force in 2003.",
};

async function fillByKeyboard(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

test("a teacher writes questions, a student of the class answers them and reviews them, an outsider never sees them", async ({ browser }) => {
  test.setTimeout(180_000);
  const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext()));
  const [teacher, student, outsider] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page, Page];
  await signUpAndSignIn(teacher, "teacher");
  await signUpAndSignIn(student);
  await signUpAndSignIn(outsider);
  const made = await teacher.request.post("/api/classes", { data: { name: "Treaties 9B" } });
  const { id: classId, joinCode } = (await made.json()) as { id: string; joinCode: string };
  expect((await student.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);

  // From the class page to the empty list of the teacher's questions.
  await teacher.goto(`/teach/classes/${classId}`);
  await teacher.getByRole("link", { name: /Your questions \(0\)/ }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Your questions" })).toBeVisible();
  await expectAccessible(teacher, "empty list of the teacher's questions");
  await teacher.getByRole("link", { name: "Write a question" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Write a question" })).toBeVisible();
  await expectAccessible(teacher, "new question form");

  // Multiple choice on a fact of the app, by keyboard; a repeated option is refused by name first.
  await teacher.getByLabel("Fact the question tests").selectOption(onFact.fact);
  await fillByKeyboard(teacher, "Question", onFact.prompt);
  await fillByKeyboard(teacher, "Answer", onFact.answer);
  await teacher.getByLabel("Wrong options").focus();
  await teacher.keyboard.type("26 May 1972\n3 October 1972");
  await fillByKeyboard(teacher, "Explanation", "The treaty was signed in May 1972 and entered into force that October.");
  await teacher.keyboard.press("Tab");
  await teacher.keyboard.press("Enter");
  const status = teacher.getByRole("status").filter({ hasText: "Could not save" });
  await expect(status).toContainText('Wrong options: Option "3 October 1972" repeats the answer');
  await expect(teacher.getByLabel("Wrong options")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(teacher, "question refused by the content rules");
  await fillByKeyboard(teacher, "Wrong options", onFact.distractors.join("\n"));
  await teacher.getByRole("button", { name: "Save question" }).click();
  await expect(teacher).toHaveURL(/\/questions\?saved=/);
  await expect(teacher.getByText(`Question saved: “${onFact.prompt}”`)).toBeVisible();

  // True or false on a new fact with its source: the supporting sentence is required, by name.
  await teacher.getByRole("link", { name: "Write a question" }).click();
  await teacher.getByRole("link", { name: "True or false" }).click();
  await expect(teacher).toHaveURL(/type=true_false$/);
  await teacher.getByRole("link", { name: "On a new fact, with its source" }).click();
  await expect(teacher).toHaveURL(/type=true_false&on=new$/);
  await expect(teacher.getByRole("group", { name: "The new fact and its source" })).toBeVisible();
  await expectAccessible(teacher, "new fact form");
  await teacher.getByLabel("Topic", { exact: true }).selectOption("abm");
  for (const [label, value] of [
    ["Fact statement", newFact.statement],
    ["Source title", newFact.sourceTitle],
    ["Publisher", newFact.sourcePublisher],
    ["Source date", newFact.sourceDate],
    ["Source URL", newFact.sourceUrl],
    ["Question (a statement to judge)", newFact.prompt],
    ["Explanation", "The United States withdrew on 13 June 2002, so the treaty was no longer in force in 2003."],
  ] as const) {
    await fillByKeyboard(teacher, label, value);
  }
  await teacher.getByLabel("Answer").selectOption("false");
  await teacher.getByRole("button", { name: "Save question" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Could not save" })).toContainText("Supporting sentence:");
  await expect(teacher.getByLabel("Source URL")).toHaveValue(newFact.sourceUrl);
  await fillByKeyboard(teacher, "Supporting sentence", newFact.quote);
  await teacher.getByRole("button", { name: "Save question" }).click();
  await expect(teacher).toHaveURL(/\/questions\?saved=/);
  const items = teacher.locator("li.teacher-question");
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: newFact.prompt })).toContainText("Your own fact");
  await expectAccessible(teacher, "list of two questions");
  const mcId = (await items.filter({ hasText: onFact.prompt }).getAttribute("data-question"))!;
  const tfId = (await items.filter({ hasText: newFact.prompt }).getAttribute("data-question"))!;
  expect(mcId).toMatch(/^tq:/);

  // Hand-picking lists both, marked; the assignment is made of them.
  await teacher.goto(`/teach/classes/${classId}`);
  await expect(teacher.getByRole("link", { name: /Your questions \(2\)/ })).toBeVisible();
  await teacher.getByLabel("Pick the questions by hand").check();
  await teacher.getByLabel("Show topic", { exact: true }).selectOption("abm");
  await expect(teacher.locator("label", { hasText: newFact.prompt })).toContainText("Your question");
  const set = await teacher.request.post(`/api/classes/${classId}/assignments`, {
    data: { kind: "quiz", title: "Our own ABM questions", due: "2099-01-01T12:00", questionIds: [mcId, tfId], attemptsAllowed: 1, lateCounts: false },
  });
  expect(set.status(), await set.text()).toBe(201);

  // The student takes it: the mark on each question and in the feedback, with the teacher's source.
  await student.goto("/classes");
  await student.getByRole("button", { name: "Start Our own ABM questions" }).click();
  await expect(student).toHaveURL(/\/quiz\//);
  const attemptId = student.url().split("/quiz/")[1]!.split(/[/?]/)[0]!;
  const asked: Record<string, Question> = {
    [mcId]: { id: mcId, type: "multiple_choice", facts: [onFact.fact], prompt: onFact.prompt, explanation: "-", answer: onFact.answer, distractors: onFact.distractors },
    [tfId]: { id: tfId, type: "true_false", facts: ["x"], prompt: newFact.prompt, explanation: "-", answer: false },
  };
  for (let i = 0; i < 2; i++) {
    const form = student.locator("form[data-question-id]");
    const qid = (await form.getAttribute("data-question-id"))!;
    await expect(student.locator(".question-meta")).toContainText(MARK);
    if (i === 0) await expectAccessible(student, "teacher's question in the quiz");
    await answerByKeyboard(student, asked[qid]!, bank, true);
    await expect(student.locator(".verdict")).toContainText("Correct.");
    await expect(student.getByText(/Not part of the checked content/)).toBeVisible();
    if (qid === tfId) await expect(student.getByRole("link", { name: newFact.sourceTitle })).toHaveAttribute("href", newFact.sourceUrl);
    if (i === 0) await expectAccessible(student, "feedback on a teacher's question");
    await student.getByRole(i === 1 ? "link" : "button", { name: i === 1 ? "See results" : "Next question" }).click();
  }
  await expect(student).toHaveURL(/\/results$/);

  // Each answer became a review of its fact: the content fact and the teacher's own ("tf:…").
  const reviews = await readRows<{ factId: string; questionId: string }>("SELECT factId, questionId FROM Review WHERE questionId IN (?, ?) ORDER BY questionId", mcId, tfId);
  expect(reviews.map((r) => r.questionId).sort()).toEqual([mcId, tfId].sort());
  const tfFact = reviews.find((r) => r.questionId === tfId)!.factId;
  expect(tfFact).toMatch(/^tf:/);
  expect(reviews.find((r) => r.questionId === mcId)!.factId).toBe(onFact.fact);
  await student.goto("/cards");
  await expect(student.locator("tr", { hasText: newFact.statement })).toContainText(MARK);
  // Weeks later, with the content card suspended, the review shows the teacher's card, marked.
  expect((await student.request.patch(`/api/cards/${onFact.fact}`, { data: { suspended: true } })).status()).toBe(200);
  await student.setExtraHTTPHeaders({ [CLOCK]: String(60 * DAY) });
  await student.goto("/review");
  await expect(student.locator(`form[data-question-id="${tfId}"]`)).toBeVisible();
  await expect(student.locator(".question-meta")).toContainText(MARK);
  await expectAccessible(student, "review card of a teacher's question");
  await student.setExtraHTTPHeaders({});

  // An outsider can reach none of it, with the same ids.
  expect((await outsider.request.post("/api/attempts", { data: { questionIds: [mcId] } })).status()).toBe(404);
  expect((await outsider.request.get(`/quiz/${attemptId}`)).status()).toBe(404);
  const outsiderReview = await outsider.request.post("/api/reviews", {
    data: { factId: tfFact, questionId: tfId, clientKey: "outsider-review-1", expectedVersion: 0, response: { kind: "boolean", value: false } },
  });
  expect(outsiderReview.status()).toBeGreaterThanOrEqual(400);
  expect(outsiderReview.status()).toBeLessThan(500);
  await outsider.setExtraHTTPHeaders({ [CLOCK]: String(60 * DAY) });
  await outsider.goto("/review");
  await expect(outsider.locator(`form[data-question-id^="tq:"]`)).toHaveCount(0);
  await expect(outsider.getByText(MARK)).toHaveCount(0);
  // The student of the class can start a quiz of the same question.
  expect((await student.request.post("/api/attempts", { data: { questionIds: [mcId] } })).status()).toBe(201);

  // Edit: the prompt changes for what comes; the answer given keeps the prompt it was given.
  const mcRow = mcId.slice("tq:".length);
  await teacher.goto(`/teach/classes/${classId}/questions`);
  await teacher.getByRole("link", { name: `Edit “${onFact.prompt}”` }).click();
  await expectAccessible(teacher, "edit form");
  await fillByKeyboard(teacher, "Question", "On what day did the ABM Treaty enter into force?");
  await teacher.getByRole("button", { name: "Save changes" }).click();
  await expect(teacher).toHaveURL(new RegExp(`/questions\\?saved=${mcRow}`));
  await expect(items.filter({ hasText: "On what day did the ABM Treaty enter into force?" })).toHaveCount(1);
  const [given] = await readRows<{ prompt: string }>("SELECT prompt FROM Answer WHERE attemptId = ? AND questionId = ?", attemptId, mcId);
  expect(given?.prompt).toBe(onFact.prompt);

  // Retire: it leaves new quizzes and reviews; the answers and reviews stay.
  await teacher.getByRole("button", { name: `Retire “${newFact.prompt}”` }).click();
  await expect(teacher.getByText("Retired: it leaves quizzes and reviews; its answers stay.")).toBeVisible();
  await expect(items.filter({ hasText: newFact.prompt })).toContainText("Retired");
  await expectAccessible(teacher, "list with a retired question");
  expect((await student.request.post("/api/attempts", { data: { questionIds: [tfId] } })).status()).toBe(404);
  expect(await countRows("SELECT count(*) AS n FROM Answer WHERE questionId = ?", tfId)).toBe(1);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE questionId = ?", tfId)).toBe(1);
  await student.goto(`/quiz/${attemptId}/results`);
  await expect(student.getByText(/retired from the bank/)).toBeVisible();
  await Promise.all(contexts.map((c) => c.close()));
});
