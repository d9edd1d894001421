// A gradebook built for teachers: averages per student and per assignment (missing work counts 0,
// late work per the assignment's setting, work not yet due left out), cells in words as well as
// colour, columns sorted by links that work without JavaScript, the per-question table hardest
// first, the CSV grid parsed and compared with the page; and hand-picking questions by their type,
// answer and fact, filtered by topic and type from the keyboard.
import { expect, test, type Page } from "@playwright/test";
import { newUser, signIn, signUp, type TestUser } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";
import { answerViaApi, type Choice } from "./helpers/classroom";
import { parseCsv } from "./helpers/csv";

const bank = getTestBank();
const CLOCK = "x-overflight-clock-offset";
const HOURS = 60 * 60 * 1000;
const mc = [...bank.questions.values()].filter((q): q is Choice => q.type === "multiple_choice");
const [one, two, three] = [mc.slice(6, 9), mc.slice(9, 12), mc.slice(12, 15)];
const localIn = (hours: number) => new Date(Date.now() + hours * HOURS).toISOString().slice(0, 16);

async function signedIn(page: Page, user: TestUser, role: "learner" | "teacher" = "learner") {
  await signUp(page.request, user, role);
  expect((await signIn(page.request, user)).status()).toBe(200);
}

async function finish(page: Page, assignmentId: string, questions: readonly Choice[], wrongOn: string | null, headers: Record<string, string> = {}) {
  const start = await page.request.post(`/api/assignments/${assignmentId}/start`, { headers });
  expect(start.status(), await start.text()).toBe(201);
  await answerViaApi(page.request, ((await start.json()) as { attemptId: string }).attemptId, questions, wrongOn, headers);
}

/** The names in the gradebook's rows, top to bottom. */
const rowNames = (page: Page) => page.locator("table.gradebook tbody th").allTextContents();

test("the gradebook's averages, sorting and CSV agree, and the per-question table is hardest first", async ({ browser }) => {
  // Four people, five attempts and eight page states, each checked by axe: longer than one quiz.
  test.setTimeout(150_000);
  const contexts = await Promise.all([0, 1, 2, 3].map(() => browser.newContext()));
  const [teacher, ada, bo, cy] = await Promise.all(contexts.map((c) => c.newPage()));
  const teacherUser = newUser("teacher");
  const suffix = teacherUser.email.split("@")[0]!.slice(-6);
  const people = { ada: { ...newUser(), name: `Ada ${suffix}` }, bo: { ...newUser(), name: `Bo ${suffix}` }, cy: { ...newUser(), name: `Cy ${suffix}` } };
  await signedIn(teacher!, teacherUser, "teacher");
  await signedIn(ada!, people.ada);
  await signedIn(bo!, people.bo);
  await signedIn(cy!, people.cy);

  const made = await teacher!.request.post("/api/classes", { data: { name: "Gradebook class" } });
  const { id: classId, joinCode } = (await made.json()) as { id: string; joinCode: string };
  const set = async (title: string, questions: readonly Choice[], dueInHours: number, lateCounts: boolean) => {
    const res = await teacher!.request.post(`/api/classes/${classId}/assignments`, {
      data: { kind: "quiz", title, due: localIn(dueInHours), questionIds: questions.map((q) => q.id), attemptsAllowed: 1, lateCounts },
    });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const quizOne = await set("Quiz one", one, 1, true);
  const quizTwo = await set("Quiz two", two, 1, false);
  const quizThree = await set("Quiz three", three, 48, false);
  for (const s of [ada!, bo!, cy!]) expect((await s.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);

  // Ada: on time, all right, then one wrong; she also finishes the quiz not due yet. Bo: both late,
  // one wrong each (late work counts on quiz one only). Cy: nothing.
  const later = { [CLOCK]: String(2 * HOURS) };
  await finish(ada!, quizOne, one, null);
  await finish(ada!, quizTwo, two, two[0]!.id);
  await finish(ada!, quizThree, three, null);
  await finish(bo!, quizOne, one, one[1]!.id, later);
  await finish(bo!, quizTwo, two, two[1]!.id, later);

  await teacher!.setExtraHTTPHeaders(later);
  await teacher!.goto(`/teach/classes/${classId}`);
  const cell = (student: string, assignment: string) => teacher!.locator(`td[data-student="${student}"][data-assignment="${assignment}"]`);
  const studentAverage = (student: string) => teacher!.locator(`td[data-student="${student}"][data-average="student"]`);
  const classAverage = (assignment: string) => teacher!.locator(`tfoot td[data-assignment="${assignment}"]`);
  const expected = {
    cells: [
      [people.ada.name, "Quiz one", "Submitted · 100%"],
      [people.ada.name, "Quiz two", "Submitted · 67%"],
      [people.ada.name, "Quiz three", "Submitted · 100%"],
      [people.bo.name, "Quiz one", "Late · 67% · counts"],
      [people.bo.name, "Quiz two", "Late · 67% · does not count"],
      [people.bo.name, "Quiz three", "Not started"],
      [people.cy.name, "Quiz one", "Missing"],
      [people.cy.name, "Quiz two", "Missing"],
      [people.cy.name, "Quiz three", "Not started"],
    ],
    // Ada (1 + 2/3 + 1) / 3; Bo (2/3 + 0) / 2 with quiz three not due; Cy 0 + 0.
    students: [
      [people.ada.name, "89% (3 counted)"],
      [people.bo.name, "33% (2 counted)"],
      [people.cy.name, "0% (2 counted)"],
    ],
    assignments: [
      ["Quiz one", "56% (3 counted)"],
      ["Quiz two", "22% (3 counted)"],
      ["Quiz three", "100% (1 counted)"],
    ],
    // Seven counted quiz cells: 1, 2/3, 1, 2/3, 0, 0, 0.
    overall: "48% (7 counted)",
  };
  for (const [student, assignment, text] of expected.cells) await expect(cell(student!, assignment!)).toHaveText(text!);
  for (const [student, text] of expected.students) await expect(studentAverage(student!)).toHaveText(text!);
  for (const [assignment, text] of expected.assignments) await expect(classAverage(assignment!)).toHaveText(text!);
  await expect(teacher!.locator('tfoot td[data-average="class"]')).toHaveText(expected.overall);
  // Colour is never alone: a missing cell is filled and says so in words.
  await expect(cell(people.cy.name, "Quiz one")).toHaveClass(/status-missing/);
  expect(await rowNames(teacher!)).toEqual([people.ada.name, people.bo.name, people.cy.name]);
  await teacher!.getByText("What the statuses mean, and how averages count").click();
  await expect(teacher!.getByText("Missing work counts 0.")).toBeVisible();
  await expectAccessible(teacher!, "gradebook with averages and the legend open");

  // Sorting by keyboard: the quiz average, lowest first, then highest first; aria-sort follows.
  await teacher!.getByRole("link", { name: "Sort by quiz average, lowest first" }).focus();
  await teacher!.keyboard.press("Enter");
  await expect(teacher!).toHaveURL(/sort=average&dir=asc/);
  await expect.poll(() => rowNames(teacher!)).toEqual([people.cy.name, people.bo.name, people.ada.name]);
  await expect(teacher!.getByRole("columnheader", { name: /Quiz average/ })).toHaveAttribute("aria-sort", "ascending");
  await expectAccessible(teacher!, "gradebook sorted by average");
  await teacher!.getByRole("link", { name: "Sort by quiz average, highest first" }).click();
  await expect.poll(() => rowNames(teacher!)).toEqual([people.ada.name, people.bo.name, people.cy.name]);
  await expect(teacher!.getByRole("columnheader", { name: /Quiz average/ })).toHaveAttribute("aria-sort", "descending");
  // By one assignment: quiz three puts the two not started last whichever way.
  await teacher!.getByRole("link", { name: "Sort by Quiz three score, lowest first" }).click();
  await expect.poll(() => rowNames(teacher!)).toEqual([people.ada.name, people.bo.name, people.cy.name]);
  await teacher!.getByRole("link", { name: "Sort by Quiz one score, lowest first" }).click();
  await expect.poll(() => rowNames(teacher!)).toEqual([people.cy.name, people.bo.name, people.ada.name]);
  await expect(teacher!.getByRole("columnheader", { name: /Quiz one/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(teacher!.getByRole("columnheader", { name: /Quiz average/ })).not.toHaveAttribute("aria-sort", /./);
  await expectAccessible(teacher!, "gradebook sorted by quiz one");

  // Before any JavaScript: the sort links are plain links the server answers.
  const noJs = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: later });
  const plain = await noJs.newPage();
  expect((await signIn(plain.request, teacherUser)).status()).toBe(200);
  await plain.goto(`/teach/classes/${classId}`);
  await plain.getByRole("link", { name: "Sort by student name, Z to A" }).click();
  await expect.poll(() => rowNames(plain)).toEqual([people.cy.name, people.bo.name, people.ada.name]);
  await expect(plain.getByRole("columnheader", { name: /Student/ })).toHaveAttribute("aria-sort", "descending");
  await noJs.close();

  // The CSV grid says what the page says, cell by cell and average by average.
  const grid = parseCsv(await (await teacher!.request.get(`/api/classes/${classId}/gradebook`, { headers: later })).text());
  expect(Object.keys(grid[0]!)).toEqual(["Student", "Email", "Quiz one", "Quiz one: status", "Quiz two", "Quiz two: status", "Quiz three", "Quiz three: status", "Quiz average"]);
  expect(grid.map((r) => r.Student)).toEqual([people.ada.name, people.bo.name, people.cy.name, "Class average"]);
  for (const [student, assignment, text] of expected.cells) expect(grid.find((r) => r.Student === student)![`${assignment}: status`]).toBe(text);
  for (const [student, text] of expected.students) expect(grid.find((r) => r.Student === student)!["Quiz average"]).toBe(text!.split(" ")[0]);
  const averageRow = grid.at(-1)!;
  for (const [assignment, text] of expected.assignments) expect(averageRow[assignment!]).toBe(text!.split(" ")[0]);
  expect(averageRow["Quiz average"]).toBe(expected.overall.split(" ")[0]);
  // The figure each cell adds to the averages: late work not accepted and missing work count 0.
  expect(grid.map((r) => [r["Quiz one"], r["Quiz two"], r["Quiz three"]])).toEqual([
    ["100%", "67%", "100%"],
    ["67%", "0%", ""],
    ["0%", "0%", ""],
    ["56%", "22%", "100%"],
  ]);
  expect(grid.flatMap((r) => Object.values(r)).filter((v) => /\d\.\d/.test(v))).toEqual([]);
  expect(grid[0]!.Email).toBe(people.ada.email);

  // Per question: Bo's wrong answer makes quiz one's second question the hardest, listed first.
  await teacher!.goto(`/teach/classes/${classId}`);
  await teacher!.getByRole("link", { name: "Quiz one", exact: true }).first().click();
  await expect(teacher!.getByRole("heading", { level: 1, name: "Quiz one" })).toBeVisible();
  const order = await teacher!.locator("tr[data-question-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-question-id")));
  expect(order).toEqual([one[1]!.id, one[0]!.id, one[2]!.id]);
  const hardest = teacher!.locator(`tr[data-question-id="${one[1]!.id}"]`);
  await expect(hardest).toContainText("50%");
  await expect(hardest).toContainText("1 of 2");
  await expect(hardest.getByTestId("common-wrong")).toHaveText(`${one[1]!.distractors[0]} (1)`);
  await expect(hardest).toContainText(`Answer: ${one[1]!.answer}`);
  await expect(teacher!.locator(`tr[data-question-id="${one[0]!.id}"]`).getByTestId("common-wrong")).toHaveText("None: every answer was right");
  await expectAccessible(teacher!, "per-question table hardest first");
  await Promise.all(contexts.map((c) => c.close()));
});

test("hand-picking shows each question's type, answer and fact, filtered by topic and type", async ({ page }) => {
  // Five axe runs over a page that lists a topic's questions in full.
  test.setTimeout(180_000);
  await signedIn(page, newUser("teacher"), "teacher");
  const made = await page.request.post("/api/classes", { data: { name: "Picking class" } });
  const { id: classId } = (await made.json()) as { id: string };
  // A topic with at least two true-or-false questions and two multiple-choice ones.
  const inTopic = (topic: string, type: string) => [...bank.questions.values()].filter((q) => q.type === type && bank.topicOfQuestion.get(q.id) === topic);
  const topic = bank.topics.find((t) => inTopic(t.id, "true_false").length >= 2 && inTopic(t.id, "multiple_choice").length >= 2)!;
  const [tf1, tf2] = inTopic(topic.id, "true_false");
  const [mc1] = inTopic(topic.id, "multiple_choice") as Choice[];

  await page.goto(`/teach/classes/${classId}`);
  await page.getByLabel("Pick the questions by hand").check();
  await expect(page.getByRole("group", { name: /Questions \(0 picked\)/ })).toBeVisible();
  await expectAccessible(page, "hand-picking open on the first topic");

  // Filters by keyboard: the topic, then the type.
  await page.getByLabel("Show topic").focus();
  await page.getByLabel("Show topic").selectOption(topic.id);
  await page.getByLabel("Show type").focus();
  await page.getByLabel("Show type").selectOption("true_false");
  const options = page.locator(".pick-option");
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toHaveText(`Showing ${inTopic(topic.id, "true_false").length} of ${bank.questions.size} questions.`);
  await expect(options).toHaveCount(inTopic(topic.id, "true_false").length);
  for (const text of await options.allTextContents()) expect(text).toMatch(/^True or false[\s\S]*Answer: (True|False)[\s\S]*Fact: /);
  const first = page.locator(`.pick-option[data-question-id="${tf1!.id}"]`);
  await expect(first).toContainText(tf1!.prompt);
  await expect(first).toContainText(`Answer: ${tf1!.type === "true_false" && tf1!.answer ? "True" : "False"}`);
  await expect(first).toContainText(`Fact: ${bank.facts.get(tf1!.facts[0]!)!.statement}`);
  await expectAccessible(page, "hand-picking filtered to true or false");

  // Two picked with the space bar; another type shown, the two stay picked.
  for (const q of [tf1!, tf2!]) {
    await page.locator(`.pick-option[data-question-id="${q.id}"] input`).focus();
    await page.keyboard.press("Space");
  }
  await page.getByLabel("Show type").selectOption("multiple_choice");
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toContainText("2 picked questions are hidden by the filters and stay picked");
  await expect(page.locator(`.pick-option[data-question-id="${mc1!.id}"]`)).toContainText(`Answer: ${mc1!.answer}`);
  await page.locator(`.pick-option[data-question-id="${mc1!.id}"] input`).check();
  await expect(page.getByRole("group", { name: /Questions \(3 picked\)/ })).toBeVisible();
  await expectAccessible(page, "hand-picking, three picked, two hidden");

  await page.getByLabel("Title", { exact: true }).fill("Picked by hand");
  await page.getByLabel("Due", { exact: true }).fill(localIn(24));
  await page.getByRole("button", { name: "Set assignment" }).click();
  await expect(page.getByText("Assignment set.")).toBeVisible();
  await expectAccessible(page, "hand-picked assignment set");

  // The quiz holds the three picks, the hidden ones too.
  await page.reload();
  await page.getByRole("link", { name: "Picked by hand", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Picked by hand" })).toBeVisible();
  const ids = await page.locator("tr[data-question-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-question-id")));
  expect(ids.sort()).toEqual([tf1!.id, tf2!.id, mc1!.id].sort());
});
