// npm run screenshots: every page and state of Overflight, photographed in the production build
// with the demo class, at 1280x800 light, 360x740 light and 360x740 dark, into docs/screenshots/.
// It seeds a throwaway database under .tmp/ (never data/), starts `next start` on 127.0.0.1
// (SCREENSHOT_PORT, default 3500), and squeezes the PNGs with pngquant when it is installed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Question } from "../lib/content/schema";
import { buildBank } from "../lib/content/bank";
import { gradeTextAnswer, matchesText } from "../lib/match/match";
import { formOfQuestionType } from "../lib/srs/rating";
import { answerByKeyboard } from "../tests/e2e/helpers/answer";
import { signInRequest } from "../tests/helpers/sign-in";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium";
import { freshDatabase, spawnServer, stopServer, TMP_DIR, waitUntilServing } from "./test-server.mjs";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "docs", "screenshots");
const PORT = Number(process.env.SCREENSHOT_PORT ?? 3500);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PASSWORD = "overflight-demo";
const STUDENT = "demo-student-05@overflight.example";
const TEACHER = "demo-teacher@overflight.example";
/** Long pages are cut here: the top of a page says what it looks like. */
const MAX_HEIGHT = 2600;

const VARIANTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, colorScheme: "light" as const },
  { name: "phone", viewport: { width: 360, height: 740 }, colorScheme: "light" as const },
  { name: "phone-dark", viewport: { width: 360, height: 740 }, colorScheme: "dark" as const },
];
/** Variants to photograph (desktop, phone, phone-dark); unset: all three. */
const ONLY = namesFrom("SCREENSHOT_ONLY", VARIANTS.map((v) => v.name));
/** Parts to photograph (guest, student, fresh, teacher, game); unset: all, and old PNGs are removed first. */
const SECTIONS = namesFrom("SCREENSHOT_SECTIONS", ["guest", "student", "fresh", "teacher", "game"]);
const wantSection = (name: string) => !SECTIONS || SECTIONS.includes(name);

/**
 * The names listed in an environment variable, each one of `known`. A name that is not (a page's name
 * in SCREENSHOT_ONLY, say) stops the run before anything is built: it would otherwise photograph nothing
 * and still end with success.
 */
function namesFrom(variable: string, known: string[]): string[] | undefined {
  const names = process.env[variable]?.split(",").map((n) => n.trim()).filter(Boolean);
  const unknown = names?.filter((n) => !known.includes(n)) ?? [];
  if (unknown.length > 0) {
    console.error(`screenshots: ${variable} names ${unknown.join(", ")}, which is not one of: ${known.join(", ")}`);
    process.exit(2);
  }
  return names;
}

const bank = buildBank(path.join(ROOT, "content"));

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

/** A typed question and a misspelling of its answer that lenient grading accepts. */
function typoQuestion(): [Question, string] {
  for (const q of bank.questions.values()) {
    if (q.type !== "typed") continue;
    for (let i = 1; i < q.answer.length - 1; i++) {
      const typo = q.answer.slice(0, i) + q.answer.slice(i + 1);
      if (gradeTextAnswer(typo, q) && !matchesText(typo, q.answer, q.accept, "exact")) return [q, typo];
    }
  }
  throw new Error("no typed question accepts a typo");
}

/** A fact whose one hard-form question is a cloze, and another question of it to grade first. */
function clozeCard(): [string, string] {
  for (const [factId, qs] of bank.questionsByFact) {
    const usable = qs.filter((q) => q.type !== "ordering" && q.type !== "matching");
    const hard = usable.filter((q) => formOfQuestionType(q.type) === "hard");
    const other = usable.find((q) => q.type !== "cloze");
    if (hard.length === 1 && hard[0]?.type === "cloze" && other) return [factId, other.id];
  }
  throw new Error("no fact is asked by a cloze alone");
}

async function signIn(context: BrowserContext, email: string) {
  const res = await signInRequest(context.request, { email, password: PASSWORD }, { origin: ORIGIN });
  if (!res.ok()) throw new Error(`sign-in of ${email} answered ${res.status()}`);
}

async function shot(page: Page, variant: string, name: string) {
  await page.evaluate(() => document.fonts.ready);
  // Let entrance animations finish: a screenshot shows the page at rest.
  await page.waitForTimeout(450);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()!.width;
  const file = path.join(OUT, `${name}--${variant}.png`);
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) }, animations: "disabled", caret: "hide" });
  console.log(`  ${path.relative(ROOT, file)}`);
}

async function visit(page: Page, url: string) {
  const res = await page.goto(`${ORIGIN}${url}`);
  if (!res || res.status() >= 400) throw new Error(`${url} answered ${res?.status()}`);
}

/** One question of every type, in the bank's order. */
function oneOfEachType(): Question[] {
  const byType = new Map<string, Question>();
  for (const q of bank.questions.values()) if (!byType.has(q.type)) byType.set(q.type, q);
  return [...byType.values()];
}

async function photograph(browser: Browser, variant: (typeof VARIANTS)[number]) {
  const options = { viewport: variant.viewport, colorScheme: variant.colorScheme, deviceScaleFactor: 1, baseURL: ORIGIN };
  const v = variant.name;
  console.log(`screenshots: ${v}`);

  if (wantSection("guest")) await photographGuest(browser, options, v, variant.viewport.width);
  if (wantSection("student")) await photographStudent(browser, options, v);
  if (wantSection("fresh")) await photographFresh(browser, options, v);
  if (wantSection("teacher")) await photographTeacher(browser, options, v);
  if (wantSection("game")) await photographGame(browser, options, v);
}

type Options = Parameters<Browser["newContext"]>[0];

async function photographGuest(browser: Browser, options: Options, v: string, width: number) {
  // A guest: home, sign-in and sign-up, a quiz of every question type, results, sources.
  const guest = await browser.newContext(options);
  const g = await guest.newPage();
  await visit(g, "/");
  await shot(g, v, "home-guest");
  if (width < 800) {
    await g.getByRole("button", { name: "Menu" }).click();
    await shot(g, v, "menu-open");
  }
  await visit(g, "/sign-in");
  await shot(g, v, "sign-in");
  await g.getByLabel("Email").fill("nobody@overflight.example");
  await g.getByLabel("Password").fill("not a password of anyone");
  await g.getByRole("button", { name: "Sign in" }).click();
  await g.getByText("That email and password do not match an account.").waitFor();
  await shot(g, v, "sign-in-error");
  await visit(g, "/sign-up");
  await shot(g, v, "sign-up");
  await g.getByLabel("Email").fill("not an address");
  await g.getByLabel("Password").fill("short");
  await g.getByRole("button", { name: "Create account" }).click();
  await g.locator("#password-error").waitFor();
  await shot(g, v, "sign-up-errors");
  // This server has no SMTP_URL: the page says reset by email is not available and who can help.
  await visit(g, "/forgot-password");
  await shot(g, v, "forgot-password");
  const questions = oneOfEachType();
  const attempt = await g.evaluate(async (ids) => {
    const res = await fetch("/api/attempts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionIds: ids }) });
    return ((await res.json()) as { url: string }).url;
  }, questions.map((q) => q.id));
  await visit(g, attempt);
  for (const [i, q] of questions.entries()) {
    await g.locator(`form[data-question-id="${q.id}"]`).waitFor();
    await shot(g, v, `quiz-${String(i + 1).padStart(2, "0")}-${q.type}-question`);
    await answerByKeyboard(g, q, bank, i % 3 !== 1);
    await g.locator(".verdict").waitFor();
    await shot(g, v, `quiz-${String(i + 1).padStart(2, "0")}-${q.type}-feedback`);
    const next = g.getByRole("button", { name: "Next question" });
    if (await next.count()) await next.click();
  }
  await g.getByRole("link", { name: "See results" }).click();
  await g.waitForURL(/results$/);
  await shot(g, v, "results-guest");
  // A typed answer accepted with a typo, and a matching answer with two pairs swapped.
  const [typed, typo] = typoQuestion();
  const matching = questions.find((q) => q.type === "matching");
  const extra = await g.evaluate(async (ids) => {
    const res = await fetch("/api/attempts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionIds: ids }) });
    return ((await res.json()) as { url: string }).url;
  }, [typed.id, ...(matching ? [matching.id] : [])]);
  await visit(g, extra);
  await g.locator(`form[data-question-id="${typed.id}"] input[type=text]`).fill(typo);
  await g.keyboard.press("Enter");
  await g.locator(".verdict").waitFor();
  await shot(g, v, "quiz-accepted-typo");
  if (matching?.type === "matching") {
    await g.keyboard.press("Enter");
    const form = g.locator(`form[data-question-id="${matching.id}"]`);
    for (const [i, pair] of matching.pairs.entries()) {
      const chosen = i === 0 ? matching.pairs[1] : i === 1 ? matching.pairs[0] : pair;
      await form.getByLabel(pair.left, { exact: true }).selectOption(chosen?.right ?? pair.right);
    }
    await g.keyboard.press("Enter");
    await g.locator(".answer-parts").waitFor();
    await shot(g, v, "quiz-matching-marked");
  }
  await visit(g, "/history");
  await shot(g, v, "history");
  await visit(g, "/sources");
  await shot(g, v, "sources");
  await visit(g, "/sources/seed");
  await shot(g, v, "source-seed");
  await visit(g, "/sign-in?callbackUrl=%2Fjoin%2FDEMOCLAS");
  await shot(g, v, "sign-in-join");
  await g.goto(`${ORIGIN}/no-such-page`);
  await shot(g, v, "not-found");
  await guest.close();
}

async function photographStudent(browser: Browser, options: Options, v: string) {
  // A demo student with 60 days of reviews.
  const student = await browser.newContext(options);
  await signIn(student, STUDENT);
  const s = await student.newPage();
  await visit(s, "/");
  await shot(s, v, "home-learner");
  await visit(s, "/review");
  await shot(s, v, "review-answer");
  await visit(s, "/review?topic=new-start");
  await shot(s, v, "review-topic");
  await visit(s, "/review?topic=new-start&session=cram");
  await shot(s, v, "review-cram");
  await visit(s, "/review?mode=flashcards");
  await s.locator("section[data-fact-id]").waitFor();
  await shot(s, v, "review-flashcard-front");
  await s.keyboard.press("Space");
  await s.locator(".flashcard.flipped .flashcard-face.back").waitFor();
  await shot(s, v, "review-flashcard-back");
  const graded = await s.locator("section[data-fact-id]").getAttribute("data-fact-id");
  await s.keyboard.press("3");
  await s.locator(".grade-confirmation", { hasText: "next in" }).waitFor();
  await s.locator(".flashcard:not(.flipped)").waitFor();
  await shot(s, v, "review-flashcard-graded");
  await s.getByRole("button", { name: "Undo last grade" }).click();
  await s.locator(".grade-confirmation", { hasText: "Undone" }).waitFor();
  // The message comes as the refresh starts; the card is back when the refreshed page has brought it.
  // Flipped before that, the card would be replaced unflipped, with no grades to press.
  await s.locator(`section[data-fact-id="${graded}"]`).waitFor();
  await shot(s, v, "review-undone");
  // Offline: the screen goes on with a card loaded ahead, keeps the grade and says what waits.
  await s.waitForFunction(() => Number(document.querySelector(".review-area")?.getAttribute("data-cards-ahead")) >= 1);
  await student.setOffline(true);
  await s.locator(".offline-status", { hasText: "You are offline" }).waitFor();
  await s.getByRole("button", { name: /^Show answer/ }).click();
  await s.locator(".flashcard.flipped .flashcard-face.back").waitFor();
  await s.getByRole("button", { name: /^Good/ }).click();
  await s.locator(".offline-status", { hasText: "1 review waiting to send" }).waitFor();
  await shot(s, v, "review-offline");
  await student.setOffline(false);
  await s.locator(".grade-confirmation", { hasText: "1 review sent." }).waitFor();
  await visit(s, "/progress");
  await shot(s, v, "progress");
  await visit(s, "/cards");
  await shot(s, v, "cards");
  await visit(s, "/account");
  await shot(s, v, "account");
  await visit(s, "/classes");
  await shot(s, v, "classes");
  await visit(s, "/join/DEMOCLAS");
  await shot(s, v, "join");
  const topicQuiz = await s.evaluate(async () => {
    const res = await fetch("/api/attempts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ topic: "new-start", length: 5 }) });
    return ((await res.json()) as { id: string }).id;
  });
  await visit(s, `/quiz/${topicQuiz}`);
  await shot(s, v, "quiz-learner-topic");
  await student.close();
}

async function photographFresh(browser: Browser, options: Options, v: string) {
  // A new learner: the first-run dashboard.
  const fresh = await browser.newContext(options);
  const email = `screenshot-${v}-${Date.now()}@overflight.example`;
  const created = await fresh.request.post(`${ORIGIN}/api/account`, { data: { name: "Noor Haddad", email, password: PASSWORD, role: "learner", timeZone: "UTC" } });
  if (created.status() !== 201) throw new Error(`sign-up answered ${created.status()}`);
  await signIn(fresh, email);
  const f = await fresh.newPage();
  await visit(f, "/progress");
  await shot(f, v, "progress-first-run");
  await visit(f, "/");
  await shot(f, v, "home-learner-first-run");
  await visit(f, "/join/DEMOCLAS");
  await shot(f, v, "join-invite");
  // A cloze card: one Easy review makes the card strong, and two months later its cloze is asked.
  const [clozeFact, other] = clozeCard();
  await f.request.post(`${ORIGIN}/api/reviews`, { data: { factId: clozeFact, questionId: other, clientKey: `shot-cloze-${v}`, expectedVersion: 0, rating: 4 } });
  await f.setExtraHTTPHeaders({ "x-overflight-clock-offset": String(60 * 24 * 60 * 60 * 1000) });
  await visit(f, "/review?mode=flashcards");
  await f.locator("section[data-question-type=cloze]").waitFor();
  await shot(f, v, "review-flashcard-cloze-front");
  await fresh.close();
}

async function photographTeacher(browser: Browser, options: Options, v: string) {
  // The demo teacher: classes, the class page and its gradebook, an assignment, a student.
  const teacher = await browser.newContext(options);
  await signIn(teacher, TEACHER);
  const t = await teacher.newPage();
  await visit(t, "/");
  await shot(t, v, "teach");
  await t.getByRole("link", { name: "Demo: Arms control seminar" }).click();
  await t.getByTestId("join-code").waitFor();
  await shot(t, v, "teach-class");
  await t.locator("#gradebook-title").scrollIntoViewIfNeeded();
  await t.locator("section[aria-labelledby='gradebook-title']").screenshot({ path: path.join(OUT, `teach-gradebook--${v}.png`), animations: "disabled" });
  console.log(`  docs/screenshots/teach-gradebook--${v}.png`);
  const classUrl = t.url();
  // The gradebook sorted by its quiz average (a plain link), then hand-picking questions.
  await t.getByRole("link", { name: "Sort by quiz average, lowest first" }).click();
  await t.waitForURL(/sort=average/);
  await t.locator("section[aria-labelledby='gradebook-title']").screenshot({ path: path.join(OUT, `teach-gradebook-sorted--${v}.png`), animations: "disabled" });
  console.log(`  docs/screenshots/teach-gradebook-sorted--${v}.png`);
  await t.getByLabel("Pick the questions by hand").check();
  await t.locator("form[aria-labelledby='assign-title']").screenshot({ path: path.join(OUT, `teach-hand-pick--${v}.png`), animations: "disabled" });
  console.log(`  docs/screenshots/teach-hand-pick--${v}.png`);
  await t.locator("section[aria-labelledby='gradebook-title'] thead a[href*='/assignments/']").first().click();
  await t.waitForURL(/assignments/);
  await shot(t, v, "teach-assignment");
  await visit(t, new URL(classUrl).pathname);
  await t.locator("section[aria-labelledby='gradebook-title'] tbody th a").first().click();
  await t.waitForURL(/students/);
  await shot(t, v, "teach-student");
  // The teacher's own questions: the list, and the form for a new one on a new fact with its source.
  await visit(t, `${new URL(classUrl).pathname}/questions`);
  await shot(t, v, "teach-questions");
  await visit(t, `${new URL(classUrl).pathname}/questions/new?type=multiple_choice&on=new`);
  await shot(t, v, "teach-question-new");
  await teacher.close();
}

async function photographGame(browser: Browser, options: Options, v: string) {
  // A live game of the demo class: the host's lobby, question, reveal and results; a guest player's
  // join form, lobby, question, answer received, result and final standings.
  const teacher = await browser.newContext(options);
  await signIn(teacher, TEACHER);
  const t = await teacher.newPage();
  await visit(t, "/teach");
  await t.getByRole("link", { name: "Demo: Arms control seminar" }).click();
  await t.getByTestId("join-code").waitFor();
  const classId = new URL(t.url()).pathname.split("/").pop()!;
  await t.locator("form[aria-labelledby='host-game-title']").screenshot({ path: path.join(OUT, `game-host-form--${v}.png`), animations: "disabled" });
  console.log(`  docs/screenshots/game-host-form--${v}.png`);
  // The same form with two questions picked by hand (its list opens on the first topic).
  const hostForm = t.locator("form[aria-labelledby='host-game-title']");
  await hostForm.getByRole("radio", { name: "Questions I pick" }).check();
  for (const box of (await hostForm.locator(".pick-list input[type='checkbox']").all()).slice(0, 2)) await box.check();
  await hostForm.getByText("Questions (2 picked)").waitFor();
  await hostForm.screenshot({ path: path.join(OUT, `game-host-pick--${v}.png`), animations: "disabled" });
  console.log(`  docs/screenshots/game-host-pick--${v}.png`);
  const choices = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 2);
  const made = await teacher.request.post(`${ORIGIN}/api/games`, { data: { classId, title: "Open Skies live check", source: "questions", questionIds: choices.map((q) => q.id), seconds: 60 } });
  if (made.status() !== 201) throw new Error(`hosting a game answered ${made.status()}`);
  const game = (await made.json()) as { id: string; pin: string };
  const players = await Promise.all(["Noor", "Ilse", "Tomás"].map(async (name) => {
    const context = await browser.newContext(options);
    const joined = await context.request.post(`${ORIGIN}/api/games/join`, { data: { pin: game.pin, nickname: name } });
    if (!joined.ok()) throw new Error(`joining answered ${joined.status()}`);
    return context;
  }));
  const guest = await browser.newContext(options);
  const g = await guest.newPage();
  await visit(g, `/play?pin=${game.pin}`);
  await g.getByLabel("Nickname").fill("Ada");
  await shot(g, v, "game-join");
  await g.getByRole("button", { name: "Join" }).click();
  await g.getByText("You are in, Ada").waitFor();
  await shot(g, v, "game-player-lobby");
  await visit(t, `/teach/games/${game.id}`);
  await t.getByRole("list", { name: "Players" }).getByText("Ada").waitFor();
  await shot(t, v, "game-host-lobby");
  await t.getByRole("button", { name: "Start the game" }).click();
  const q = choices[0]!;
  await g.locator(`form[data-question-id="${q.id}"]`).waitFor();
  await shot(g, v, "game-player-question");
  // The others answer over the API (one right, two wrong), Ada on her screen.
  for (const [i, context] of players.entries()) {
    await context.request.post(`${ORIGIN}/api/games/${game.id}/answers`, { data: { questionIndex: 0, response: { kind: "choice", choice: i === 0 ? q.answer : q.distractors[i % q.distractors.length] } } });
  }
  await g.getByRole("radio", { name: q.answer, exact: true }).check();
  await g.getByRole("button", { name: "Send answer" }).click();
  await g.getByText("Answer received").waitFor();
  await shot(g, v, "game-player-received");
  await t.getByText("4 of 4 answered").waitFor();
  await shot(t, v, "game-host-question");
  await t.getByRole("button", { name: "Reveal the answer" }).click();
  await t.getByTestId("game-correct").waitFor();
  await shot(t, v, "game-host-reveal");
  await g.getByText("Right!").waitFor();
  await shot(g, v, "game-player-reveal");
  await t.getByRole("button", { name: "Next question" }).click();
  await t.getByRole("button", { name: "Reveal the answer" }).click();
  await t.getByRole("button", { name: "Show the results" }).click();
  await t.getByRole("heading", { name: "Podium" }).waitFor();
  await shot(t, v, "game-host-results");
  await g.getByRole("heading", { name: "Final results" }).waitFor();
  await shot(g, v, "game-player-final");
  for (const c of [teacher, guest, ...players]) await c.close();
}

async function main() {
  const started = Date.now();
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) run("npm", ["run", "build"]);
  const url = await freshDatabase(path.join(TMP_DIR, "screenshots.db"));
  run("npx", ["tsx", "prisma/seed.ts", "--demo"], { DATABASE_URL: url });
  const server = spawnServer({ port: PORT, url, stdio: "ignore" });
  try {
    await waitUntilServing(ORIGIN, server, { timeoutMs: 120_000 });
    fs.mkdirSync(OUT, { recursive: true });
    if (!SECTIONS) for (const f of fs.readdirSync(OUT)) if (f.endsWith(".png") && (!ONLY || ONLY.some((o) => f.includes(`--${o}.`)))) fs.rmSync(path.join(OUT, f));
    const browser = await chromium.launch({ executablePath: chromiumPath(ROOT), args: CHROMIUM_FLAGS });
    try {
      for (const variant of VARIANTS) if (!ONLY || ONLY.includes(variant.name)) await photograph(browser, variant);
    } finally {
      await browser.close();
    }
  } finally {
    await stopServer(server);
  }
  const pngquant = spawnSync("pngquant", ["--version"]);
  if (pngquant.status === 0) {
    // The PNGs this run wrote (a section's pages are named by page, not by section).
    const files = fs.readdirSync(OUT).map((f) => path.join(OUT, f)).filter((f) => f.endsWith(".png") && fs.statSync(f).mtimeMs >= started);
    if (files.length > 0) spawnSync("pngquant", ["--force", "--skip-if-larger", "--ext", ".png", "--quality", "70-95", "--speed", "3", ...files], { stdio: "inherit" });
  } else {
    console.log("screenshots: pngquant is not installed (apt-get install pngquant), so the PNGs are left at full size");
  }
  const total = fs.readdirSync(OUT).reduce((sum, f) => sum + fs.statSync(path.join(OUT, f)).size, 0);
  console.log(`screenshots: ${fs.readdirSync(OUT).length} files, ${(total / 1024 / 1024).toFixed(1)} MiB in docs/screenshots/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
