// Phones: every page fits a 360 px screen (nothing scrolls sideways but a table or a chart inside
// its own scroller), and the navigation menu works by keyboard alone. axe after each state, which
// includes WCAG 2.2's target size rule (2.5.8, at least 24 x 24 px).
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./helpers/auth";
import { expectAccessible } from "./helpers/axe";
import { getTestBank } from "./helpers/bank";

const bank = getTestBank();
const choices = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 3);

async function expectFits(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(500);
  await expect(page.locator("main h1").first()).toBeVisible();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, body: document.body.scrollWidth, viewport: window.innerWidth }));
  expect(widths.page, `document width on ${url}`).toBeLessThanOrEqual(widths.viewport);
  expect(widths.body, `body width on ${url}`).toBeLessThanOrEqual(widths.viewport);
  await expectAccessible(page, `360 px ${url}`);
}

test.describe("on a 360 x 740 phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("no page scrolls sideways, for a guest, a learner and a teacher", async ({ browser }) => {
    // About 25 pages, each with an axe run: longer than one journey, not slower per page.
    test.setTimeout(180_000);
    const [guest, learner, teacher] = await Promise.all([0, 1, 2].map(() => browser.newContext({ viewport: { width: 360, height: 740 } })));
    const [g, l, t] = await Promise.all([guest!, learner!, teacher!].map((c) => c.newPage()));

    // A guest's quiz, answered, so results exist.
    await g!.goto("/");
    const attempt = await g!.evaluate(async (ids) => {
      const res = await fetch("/api/attempts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionIds: ids }) });
      return ((await res.json()) as { id: string }).id;
    }, choices.map((q) => q.id));
    for (const url of ["/", "/sign-in", "/sign-up", "/sources", `/sources/${[...bank.sources.keys()][0]}`, "/history", `/quiz/${attempt}`]) await expectFits(g!, url);
    for (const q of choices) {
      const res = await g!.request.post(`/api/attempts/${attempt}/answers`, { data: { questionId: q.id, clientKey: `phone-${q.id}`.slice(0, 60), response: { kind: "choice", choice: q.distractors[0] } } });
      expect(res.status()).toBe(201);
    }
    await expectFits(g!, `/quiz/${attempt}/results`);
    await g!.goto("/no-such-page");
    await expect(g!.getByRole("heading", { name: "Not found" })).toBeVisible();
    expect(await g!.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    // A teacher's class with a quiz; a learner in it with reviews and an attempt.
    await signUpAndSignIn(t!, "teacher");
    await signUpAndSignIn(l!);
    const created = await t!.request.post("/api/classes", { data: { name: "A class with a rather long name for a phone screen" } });
    const { id: classId, joinCode } = (await created.json()) as { id: string; joinCode: string };
    const quiz = await t!.request.post(`/api/classes/${classId}/assignments`, {
      data: { kind: "quiz", title: "Open Skies check, the long version of its title", due: "2099-01-01T12:00", questionIds: choices.map((q) => q.id), attemptsAllowed: 2, lateCounts: true },
    });
    const quizId = ((await quiz.json()) as { id: string }).id;
    expect((await l!.request.post("/api/classes/join", { data: { code: joinCode } })).status()).toBe(201);
    const start = await l!.request.post(`/api/assignments/${quizId}/start`);
    const learnerAttempt = ((await start.json()) as { attemptId: string }).attemptId;
    for (const q of choices) {
      await l!.request.post(`/api/attempts/${learnerAttempt}/answers`, { data: { questionId: q.id, clientKey: `phone-l-${q.id}`.slice(0, 60), response: { kind: "choice", choice: q.answer } } });
    }
    const learnerId = ((await (await l!.request.get("/api/auth/session")).json()) as { uid: string }).uid;

    for (const url of ["/", "/review", "/review?mode=flashcards", "/progress", "/cards", "/account", "/history", "/classes", `/join/${joinCode}`]) {
      await expectFits(l!, url);
    }
    await expectFits(t!, "/teach");
    await expectFits(t!, `/teach/classes/${classId}`);
    // The gradebook scrolls inside its own region, which keyboard users can reach.
    await expect(t!.getByRole("region", { name: /^Gradebook: each student/ })).toHaveAttribute("tabindex", "0");
    for (const url of [`/teach/classes/${classId}/assignments/${quizId}`, `/teach/classes/${classId}/students/${learnerId}`]) {
      await expectFits(t!, url);
    }
    await Promise.all([guest!, learner!, teacher!].map((c) => c.close()));
  });

  test("the navigation menu opens, moves and closes by keyboard", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto("/progress");
    const menu = page.getByRole("button", { name: "Menu" });
    const review = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(review).toBeHidden();
    // The header takes one row: the menu button, not two rows of links.
    expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThan(80);
    await expectAccessible(page, "menu closed");

    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // brand
    await page.keyboard.press("Tab");
    await expect(menu).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(review).toBeVisible();
    await expect(page.getByRole("link", { name: "Progress" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("button", { name: "Sign out of Overflight" })).toBeVisible();
    await expectAccessible(page, "menu open");

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(review).toBeHidden();

    await page.keyboard.press("Space");
    await expect(review).toBeVisible();
    await page.keyboard.press("Tab"); // the first link: Home
    await page.keyboard.press("Tab");
    await expect(review).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/review$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(review).toBeHidden();
    await expectAccessible(page, "after choosing a link");
  });
});
