// Faults during a live game on PostgreSQL with several app instances (issue 14, point 8): an
// instance stopped mid-question, its players sent to another one as a load balancer would; and the
// database stopped mid-game. Every answer acknowledged (2xx) is stored once and counted.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { newUser, signIn, signUp } from "../e2e/helpers/auth";
import { getTestBank } from "../e2e/helpers/bank";
import { readRows } from "../e2e/helpers/db";
import { pgCluster, startInstance, type Instance } from "./instances";

const ports = (process.env.E2E_PORTS ?? "3110,3111").split(",");
const [portA = "3110", portB = "3111"] = ports;
const A = `http://127.0.0.1:${portA}`;
const B = `http://127.0.0.1:${portB}`;
/** The instance this file stops: a third port after the suite's two. */
const extraPort = Number(ports[2] ?? Number(portB) + 1);
const bank = getTestBank();
const questions = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 2);

type Person = { context: BrowserContext; page: Page; name: string };

/** A teacher on A with a two-question game open on the host screen. */
async function hostGame(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const teacher = newUser("teacher");
  await signUp(page.request, teacher, "teacher");
  expect((await signIn(page.request, teacher)).status()).toBe(200);
  const made = await page.request.post(`${A}/api/games`, { data: { source: "questions", questionIds: questions.map((q) => q.id), seconds: 300 } });
  expect(made.status(), await made.text()).toBe(201);
  const game = (await made.json()) as { id: string; pin: string };
  await page.goto(`${A}/teach/games/${game.id}`);
  return { host: { context, page, name: "host" } as Person, game };
}

/** A player in a context of their own (their own cookies), joined through `origin`. */
async function join(browser: Browser, origin: string, pin: string, name: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/play?pin=${pin}`);
  await page.getByLabel("Nickname").fill(name);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByTestId("player-status")).toContainText(`You are in, ${name}`);
  return { context, page, name };
}

const answerOf = (index: number) => {
  const q = questions[index]!;
  return q.type === "multiple_choice" ? q.answer : "";
};

/** Answers the open question rightly on the player's screen; returns the status the server answered with. */
async function answer(player: Person, index: number): Promise<number> {
  await expect(player.page.getByRole("heading", { level: 1, name: questions[index]!.prompt })).toBeVisible();
  await player.page.getByRole("radio", { name: answerOf(index), exact: true }).check();
  const [reply] = await Promise.all([
    player.page.waitForResponse((r) => r.url().endsWith("/answers") && r.request().method() === "POST"),
    player.page.getByRole("button", { name: "Send answer" }).click(),
  ]);
  return reply.status();
}

async function control(host: Person, button: string) {
  await host.page.getByRole("button", { name: button }).click();
}

/** The game's stored answers, one row per player and question with how many times it is stored. */
function storedAnswers(gameId: string) {
  return readRows<{ nickname: string; questionIndex: number; n: number | string }>(
    // Quoted by hand: the game's tables are not in the helper's list of names to quote.
    `SELECT p.nickname AS nickname, a."questionIndex" AS "questionIndex", count(*) AS n
       FROM "GameAnswer" a JOIN "GamePlayer" p ON p.id = a."playerId"
      WHERE a."gameId" = ? GROUP BY p.nickname, a."questionIndex" ORDER BY p.nickname, a."questionIndex"`,
    gameId,
  );
}

/** What the host's CSV says of each player: nickname -> score. */
async function scoresInResults(host: Person, gameId: string): Promise<Record<string, number>> {
  const res = await host.page.request.get(`${A}/api/games/${gameId}/results`);
  expect(res.status()).toBe(200);
  const [header, ...rows] = (await res.text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/).map((line) => line.split(","));
  const nickname = header!.indexOf("nickname");
  const score = header!.indexOf("score");
  return Object.fromEntries(rows.map((r) => [r[nickname]!.replace(/"/g, ""), Number(r[score])]));
}

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  expect(questions).toHaveLength(2);
});

test("an instance stopped mid-question: its players go on from another, and no acknowledged answer is lost", async ({ browser }) => {
  const extra: Instance = await startInstance(extraPort);
  const { host, game } = await hostGame(browser);
  const people: Person[] = [host];
  try {
    const ada = await join(browser, A, game.pin, "Ada");
    const bo = await join(browser, extra.origin, game.pin, "Bo");
    const cy = await join(browser, extra.origin, game.pin, "Cy");
    people.push(ada, bo, cy);
    await expect(host.page.getByRole("list", { name: "Players" })).toContainText("Cy");
    const acked: string[] = [];
    const send = async (p: Person, index: number) => {
      const status = await answer(p, index);
      expect(status, `${p.name} q${index + 1}`).toBeLessThan(300);
      acked.push(`${p.name} ${index}`);
    };

    await control(host, "Start the game");
    await send(ada, 0);
    await send(cy, 0); // acknowledged by the instance about to die
    await expect(host.page.getByTestId("answered-count")).toHaveText("2 of 3 answered");

    await extra.stop("SIGKILL");
    // The load balancer sends the stopped instance's players to A: same browser, same cookie.
    for (const p of [bo, cy]) await p.page.goto(`${A}/play/${game.id}`);
    await expect(cy.page.getByTestId("player-status")).toContainText("Answer received");
    await send(bo, 0);
    await expect(host.page.getByTestId("answered-count")).toHaveText("3 of 3 answered");

    await control(host, "Reveal the answer");
    for (const p of [ada, bo, cy]) await expect(p.page.getByTestId("player-status")).toContainText("Right! +1000 points");
    await control(host, "Next question");
    for (const p of [ada, bo, cy]) await send(p, 1);
    await control(host, "Reveal the answer");
    await control(host, "Show the results");
    for (const p of [ada, bo, cy]) await expect(p.page.getByTestId("player-status")).toContainText("with 2000 points");

    const stored = await storedAnswers(game.id);
    expect(stored.map((r) => `${r.nickname} ${r.questionIndex}`).sort()).toEqual([...acked].sort());
    expect(stored.every((r) => Number(r.n) === 1)).toBe(true);
    expect(await scoresInResults(host, game.id)).toEqual({ Ada: 2000, Bo: 2000, Cy: 2000 });
  } finally {
    await extra.stop("SIGKILL");
    await Promise.all(people.map((p) => p.context.close()));
  }
});

test("PostgreSQL stopped mid-game: answers are refused with 503 and nothing written, then the game resumes", async ({ browser }) => {
  const { host, game } = await hostGame(browser);
  const people: Person[] = [host];
  try {
    const ada = await join(browser, A, game.pin, "Ada");
    const bo = await join(browser, B, game.pin, "Bo");
    people.push(ada, bo);
    await expect(host.page.getByRole("list", { name: "Players" })).toContainText("Bo");
    await control(host, "Start the game");
    expect(await answer(ada, 0)).toBe(201);
    await expect(host.page.getByTestId("answered-count")).toHaveText("1 of 2 answered");
    await expect(bo.page.getByRole("heading", { level: 1, name: questions[0]!.prompt })).toBeVisible();

    pgCluster("pause");
    try {
      // Bo's answer, from the screen on B: refused, and the screen says why.
      expect(await answer(bo, 0)).toBe(503);
      await expect(bo.page.getByText("The database cannot be written to right now, so nothing was saved.")).toBeVisible();
      const direct = await bo.page.request.post(`${B}/api/games/${game.id}/answers`, { data: { questionIndex: 0, response: { kind: "choice", choice: answerOf(0) } } });
      expect(direct.status(), await direct.text()).toBe(503);
      expect(((await direct.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
      expect(Number(direct.headers()["retry-after"])).toBeGreaterThan(0);
      const reveal = await host.page.request.post(`${A}/api/games/${game.id}/control`, { data: { action: "reveal" } });
      expect(reveal.status(), await reveal.text()).toBe(503);
    } finally {
      pgCluster("resume");
    }
    for (const origin of [A, B]) await expect.poll(async () => (await host.page.request.get(`${origin}/api/health`)).status(), { timeout: 30_000 }).toBe(200);
    // Nothing half-written: Ada's answer is there, Bo's is not, the game is still on question 1.
    expect((await storedAnswers(game.id)).map((r) => `${r.nickname} ${r.questionIndex}`)).toEqual(["Ada 0"]);
    await expect(host.page.getByTestId("answered-count")).toHaveText("1 of 2 answered");

    // The same streams, open through the outage, carry the game on.
    await bo.page.getByRole("button", { name: "Send answer" }).click();
    await expect(bo.page.getByTestId("player-status")).toContainText("Answer received");
    await expect(host.page.getByTestId("answered-count")).toHaveText("2 of 2 answered");
    await control(host, "Reveal the answer");
    for (const p of [ada, bo]) await expect(p.page.getByTestId("player-status")).toContainText("Right! +1000 points");
    await control(host, "Next question");
    for (const p of [ada, bo]) expect(await answer(p, 1)).toBe(201);
    await control(host, "Reveal the answer");
    await control(host, "Show the results");
    for (const p of [ada, bo]) await expect(p.page.getByTestId("player-status")).toContainText("with 2000 points");
    const stored = await storedAnswers(game.id);
    expect(stored.map((r) => `${r.nickname} ${r.questionIndex} ${Number(r.n)}`)).toEqual(["Ada 0 1", "Ada 1 1", "Bo 0 1", "Bo 1 1"]);
    expect(await scoresInResults(host, game.id)).toEqual({ Ada: 2000, Bo: 2000 });
  } finally {
    await Promise.all(people.map((p) => p.context.close()));
  }
});
