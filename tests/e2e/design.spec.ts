// The product's face: icons and manifest are served, each role lands on its own home, results and
// the dashboard say more than a number, and a destructive action asks in a dialog, by keyboard.
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";

const bank = getTestBank();
const choices = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 4);

test("the favicon, app icons and web manifest are served", async ({ request }) => {
  for (const [url, type] of [
    ["/favicon.ico", /image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /image\/svg\+xml/],
    ["/apple-icon.png", /image\/png/],
    ["/icon-192.png", /image\/png/],
    ["/icon-512.png", /image\/png/],
    ["/manifest.webmanifest", /application\/manifest\+json/],
  ] as const) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"], url).toMatch(type);
  }
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; icons: { src: string }[] };
  expect(manifest.name).toMatch(/Overflight/);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});

test("a teacher's home is Teach; a learner's home shows what is due, the streak and the quiz to resume", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signUpAndSignIn(teacher, "teacher");
  await teacher.goto("/");
  await expect(teacher).toHaveURL(/\/teach$/);
  await expect(teacher.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toHaveText("Teach");

  const learnerContext = await browser.newContext();
  const page = await learnerContext.newPage();
  await signUpAndSignIn(page);
  const start = await page.request.post("/api/attempts", { data: { questionIds: choices.map((q) => q.id) } });
  const attempt = ((await start.json()) as { id: string }).id;
  await page.request.post(`/api/attempts/${attempt}/answers`, {
    data: { questionId: choices[0]!.id, clientKey: "home-resume-1", response: { kind: "choice", choice: choices[0]!.answer } },
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back");
  await expect(page.getByText("No account needed")).toHaveCount(0);
  // The quiz answer made a learning card, due in minutes: not due now, and new cards wait.
  await expect(page.locator(".due-figure")).toHaveText("0");
  await expect(page.getByRole("link", { name: "Learn new cards" })).toHaveAttribute("href", "/review");
  await expect(page.getByRole("heading", { name: "Streak" }).locator("..")).toContainText("1 day");
  await expect(page.getByText(`1 of ${choices.length} answered`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Resume the quiz" })).toHaveAttribute("href", `/quiz/${attempt}`);
  await expectAccessible(page, "learner home");

  // Reviews due now: the home page and the dashboard both say how many, with a way to start.
  const DAY = 24 * 60 * 60 * 1000;
  await page.setExtraHTTPHeaders({ "x-overflight-clock-offset": String(30 * DAY) });
  await page.goto("/");
  const due = page.getByRole("link", { name: /^\d+ due now: start$/ });
  await expect(due).toHaveAttribute("href", "/review");
  await page.goto("/progress");
  await expect(page.getByRole("link", { name: /^\d+ due now: start$/ })).toBeVisible();
  await Promise.all([teacherContext.close(), learnerContext.close()]);
});

test("results break the score down by topic and type, compare with the last attempt and offer a guest an account", async ({ page }) => {
  await page.goto("/");
  const take = async (rightCount: number) => {
    const url = await page.evaluate(async () => {
      const res = await fetch("/api/attempts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ topic: "mixed", length: 5 }) });
      return ((await res.json()) as { url: string }).url;
    });
    const id = url.split("/").pop()!;
    const questions = ((await (await page.request.get(`/api/attempts/${id}`)).json()) as { questionIds: string[] }).questionIds;
    for (const [i, qid] of questions.entries()) {
      const q = bank.questions.get(qid)!;
      const right = i < rightCount;
      const response =
        q.type === "multiple_choice" || q.type === "who_said"
          ? { kind: "choice", choice: right ? q.answer : q.distractors[0] }
          : q.type === "true_false"
            ? { kind: "boolean", value: right ? q.answer : !q.answer }
            : q.type === "ordering"
              ? { kind: "order", order: right ? [...q.events].sort((a, b) => (bank.events.get(a)!.date < bank.events.get(b)!.date ? -1 : 1)) : [...q.events].sort((a, b) => (bank.events.get(a)!.date < bank.events.get(b)!.date ? 1 : -1)) }
              : q.type === "matching"
                ? { kind: "pairs", pairs: q.pairs.map((p, j) => ({ left: p.left, right: right ? p.right : q.pairs[(j + 1) % q.pairs.length]!.right })) }
                : { kind: "text", text: right ? String(q.answer) : "definitely not this" };
      const res = await page.request.post(`/api/attempts/${id}/answers`, { data: { questionId: qid, clientKey: `results-${id}-${i}`.slice(0, 60), response } });
      expect(res.status(), await res.text()).toBe(201);
    }
    return id;
  };
  await take(1);
  const second = await take(4);
  await page.goto(`/quiz/${second}/results`);
  await expect(page.getByRole("heading", { name: "By topic" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Right answers by question type" })).toBeVisible();
  await expect(page.locator(".comparison")).toContainText(/on your last attempt at this quiz/);
  await expect(page.locator(".score-words")).not.toBeEmpty();
  await expect(page.getByRole("link", { name: "Create a free account" })).toHaveAttribute("href", "/sign-up");
  await expectAccessible(page, "results with breakdown");
  // Each question can be looked at again: all of them, or only the missed ones.
  await page.getByRole("tab", { name: /^Missed/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tabpanel").locator(".results-list > li")).toHaveCount(await page.locator(".result-item.wrong").count());
  await expectAccessible(page, "results, missed only");
});

test("the dashboard labels its charts, and a first run says what to do", async ({ page }) => {
  await signUpAndSignIn(page);
  await page.goto("/progress");
  await expect(page.getByRole("heading", { name: "Your dashboard fills in as you study" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start your first review" })).toHaveAttribute("href", "/review");
  const heatmap = page.getByRole("region", { name: /Heatmap/ });
  for (const label of ["Mon", "Wed", "Fri"]) await expect(heatmap.locator("text", { hasText: label })).toHaveCount(1);
  expect(await heatmap.locator("text").count()).toBeGreaterThan(10); // month names too
  await expect(page.getByText("More reviews")).toBeVisible();
  await expect(page.getByRole("region", { name: /cards due per day/ }).locator("text", { hasText: "Today" })).toHaveCount(1);
  await expect(page.getByRole("region", { name: /retention per week/ }).locator("text", { hasText: "target 90%" })).toHaveCount(1);
  await expectAccessible(page, "first-run dashboard");
});

test("leaving a class asks first, in a dialog that works by keyboard", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signUpAndSignIn(teacher, "teacher");
  const made = await teacher.request.post("/api/classes", { data: { name: "Dialog class" } });
  const { joinCode } = (await made.json()) as { joinCode: string };
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpAndSignIn(page);
  expect((await page.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);
  await page.goto("/classes");
  const leave = page.getByRole("button", { name: "Leave Dialog class" });
  await leave.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Leave Dialog class?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "confirm dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(leave).toBeFocused();
  await expect(page.getByText("Dialog class")).toBeVisible();

  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Leave" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("You are not in a class yet")).toBeVisible();
  await Promise.all([teacherContext.close(), context.close()]);
});
