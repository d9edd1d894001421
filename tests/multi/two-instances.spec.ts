// Nothing per process: a session, the sign-in limit, reviews and classes hold across two app
// instances sharing one PostgreSQL database.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { rebuildCard, type SrsRating } from "../../lib/srs/scheduler";
import { newUser, signIn, signUp } from "../e2e/helpers/auth";
import { signInRequest } from "../helpers/sign-in";
import { getTestBank } from "../e2e/helpers/bank";
import { countRows, readRows } from "../e2e/helpers/db";
import { pgCluster } from "./instances";

const [portA = "3110", portB = "3111"] = (process.env.E2E_PORTS ?? "3110,3111").split(",");
const A = `http://127.0.0.1:${portA}`;
const B = `http://127.0.0.1:${portB}`;
const bank = getTestBank();

test.beforeAll(async ({ request }) => {
  for (const origin of [A, B]) expect((await request.get(`${origin}/api/health`)).status()).toBe(200);
});

async function uid(request: APIRequestContext, origin: string): Promise<string | undefined> {
  return ((await (await request.get(`${origin}/api/auth/session`)).json()) as { uid?: string }).uid;
}

test("a session made on one instance carries on on the other", async ({ page }) => {
  const user = newUser();
  await signUp(page.request, user);
  expect((await signIn(page.request, user)).status()).toBe(200); // on A (baseURL)
  const id = await uid(page.request, A);
  expect(id).toBeTruthy();
  expect(await uid(page.request, B)).toBe(id);
  await page.goto(`${B}/account`);
  await expect(page.getByTestId("account-email")).toHaveText(user.email);
});

test("reviews sent alternately to both instances end in the right card state", async ({ page }) => {
  const user = newUser();
  await signUp(page.request, user);
  await signIn(page.request, user);
  const id = (await uid(page.request, A))!;
  const factId = [...bank.facts.keys()][4]!;
  const q = bank.questionsByFact.get(factId)!.find((x) => x.type !== "ordering" && x.type !== "matching")!;
  const ratings: SrsRating[] = [3, 4, 1, 3, 3, 2];
  for (const [version, rating] of ratings.entries()) {
    const origin = version % 2 ? B : A;
    const res = await page.request.post(`${origin}/api/reviews`, {
      data: { factId, questionId: q.id, clientKey: `multi-${version}-key`, expectedVersion: version, rating },
      headers: { "x-overflight-clock-offset": String(version * 2 * 86_400_000) },
    });
    expect(res.status(), `${origin}: ${await res.text()}`).toBe(201);
  }
  // A resend to the other instance is recognised; a stale version is refused there too.
  const resend = await page.request.post(`${B}/api/reviews`, { data: { factId, questionId: q.id, clientKey: "multi-0-key", expectedVersion: 0, rating: 3 } });
  expect(resend.status()).toBe(200);
  expect((await page.request.post(`${A}/api/reviews`, { data: { factId, questionId: q.id, clientKey: "multi-stale", expectedVersion: 2, rating: 3 } })).status()).toBe(409);

  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ? AND factId = ?", id, factId)).toBe(ratings.length);
  const [card] = await readRows<{ reps: number; lapses: number; stability: number; due: Date }>("SELECT * FROM Card WHERE userId = ? AND factId = ?", id, factId);
  const log = await readRows<{ rating: SrsRating; reviewedAt: Date; timeZone: string; dayStartHour: number }>(
    `SELECT rating, reviewedAt, timeZone, dayStartHour FROM Review WHERE userId = ? AND factId = ? ORDER BY reviewedAt`,
    id,
    factId,
  );
  const rebuilt = rebuildCard(
    log.map((r) => ({ rating: r.rating, reviewedAt: new Date(r.reviewedAt), day: { timeZone: r.timeZone, dayStartHour: r.dayStartHour } })),
    { desiredRetention: 0.9 },
  );
  expect({ reps: card!.reps, lapses: card!.lapses, stability: card!.stability, due: new Date(card!.due).getTime() }).toEqual({
    reps: rebuilt.reps,
    lapses: rebuilt.lapses,
    stability: rebuilt.stability,
    due: rebuilt.due.getTime(),
  });
});

test("the sign-in limit counts attempts made on both instances", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const user = newUser();
  await signUp(request, user);
  const wrong = { email: user.email, password: "not the password at all" };
  for (let i = 0; i < 5; i++) {
    const origin = i % 2 ? B : A;
    const res = await signInRequest(request, wrong, { origin });
    expect(res.status()).toBe(401);
  }
  for (const origin of [A, B]) {
    const res = await signInRequest(request, user, { origin });
    expect(res.status(), origin).toBe(429);
  }
  await request.dispose();
});

/** A teacher signed in on A and a student signed up (not yet in), each in a browser context of their own. */
async function teacherAndStudent(browser: Browser) {
  const teacherContext = await browser.newContext();
  const studentContext = await browser.newContext();
  const teacher = teacherContext.request;
  const student = studentContext.request;
  const t = newUser("teacher");
  const s = newUser();
  await signUp(teacher, t, "teacher");
  await signUp(student, s);
  await signIn(teacher, t);
  return { teacherContext, studentContext, teacher, student, s };
}

test("a class created on one instance is joinable on the other", async ({ browser }) => {
  const { teacherContext, studentContext, teacher, student, s } = await teacherAndStudent(browser);
  expect((await signInRequest(student, s, { origin: B })).status()).toBe(200);

  const created = await teacher.post(`${A}/api/classes`, { data: { name: "Across instances" } });
  const { id, joinCode } = (await created.json()) as { id: string; joinCode: string };
  const joined = await student.post(`${B}/api/classes/join`, { data: { code: joinCode } });
  expect(joined.status(), await joined.text()).toBe(201);
  const page = await teacherContext.newPage();
  await page.goto(`${B}/teach/classes/${id}`);
  await expect(page.getByText(s.email)).toBeVisible();
  await Promise.all([teacherContext.close(), studentContext.close()]);
});

test("a student starting one assignment on both instances at once gets one attempt", async ({ browser }) => {
  const { teacherContext, studentContext, teacher, student, s } = await teacherAndStudent(browser);
  await signIn(student, s);
  const { id: classId, joinCode } = (await (await teacher.post(`${A}/api/classes`, { data: { name: "One go" } })).json()) as { id: string; joinCode: string };
  expect((await student.post(`${B}/api/classes/join`, { data: { code: joinCode } })).status()).toBe(201);
  const questionIds = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 3).map((q) => q.id);
  for (const round of [1, 2, 3]) {
    const body = { kind: "quiz", title: `One go ${round}`, due: "2031-01-01T10:00", questionIds, attemptsAllowed: 1, lateCounts: false };
    const assignment = (await (await teacher.post(`${A}/api/classes/${classId}/assignments`, { data: body })).json()) as { id: string };
    // A double click on each instance, all at once.
    const replies = await Promise.all([A, B, A, B, A, B].map((origin) => student.post(`${origin}/api/assignments/${assignment.id}/start`)));
    const ids = await Promise.all(replies.map(async (r) => `${r.status()} ${((await r.json()) as { attemptId?: string }).attemptId}`));
    expect(new Set(ids).size, ids.join(", ")).toBe(1);
    expect(ids[0]).toMatch(/^201 c/);
    expect(await countRows("SELECT count(*) AS n FROM Attempt WHERE assignmentId = ?", assignment.id)).toBe(1);
  }
  await Promise.all([teacherContext.close(), studentContext.close()]);
});

test("PostgreSQL stopped: both instances answer 503 and write nothing, then recover without a restart", async ({ page }) => {
  const user = newUser();
  await signUp(page.request, user);
  await signIn(page.request, user);
  const id = (await uid(page.request, A))!;
  const factId = [...bank.facts.keys()][6]!;
  const q = bank.questionsByFact.get(factId)!.find((x) => x.type !== "ordering" && x.type !== "matching")!;
  const review = (origin: string, key: string) =>
    page.request.post(`${origin}/api/reviews`, { data: { factId, questionId: q.id, clientKey: key, expectedVersion: 0, rating: 3 } });

  pgCluster("pause");
  try {
    for (const origin of [A, B]) {
      const res = await review(origin, `outage-${origin.slice(-4)}`);
      expect(res.status(), await res.text()).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("database_unavailable");
      expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
      expect((await page.request.get(`${origin}/api/health`)).status()).toBe(503);
    }
    // Pages that need no data still serve, saying what is wrong.
    const home = await page.request.get(`${B}/`);
    expect(home.status()).toBe(200);
    expect(await home.text()).toContain("cannot reach its database right now");
  } finally {
    pgCluster("resume");
  }
  await expect.poll(async () => (await page.request.get(`${A}/api/health`)).status(), { timeout: 30_000 }).toBe(200);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ?", id)).toBe(0);
  await expect.poll(async () => (await review(B, "after-outage-1")).status(), { timeout: 30_000 }).toBe(201);
  expect(await countRows("SELECT count(*) AS n FROM Review WHERE userId = ?", id)).toBe(1);
});

test("a live game hosted on one instance reaches a player streaming from the other (LISTEN/NOTIFY)", async ({ browser }) => {
  // Ports share cookies on one host, so each person has their own context; the host's pages come
  // from A, the player's from B, as a load balancer might split them.
  const hostContext = await browser.newContext();
  const playerContext = await browser.newContext();
  const host = await hostContext.newPage();
  const player = await playerContext.newPage();
  const teacher = newUser("teacher");
  await signUp(host.request, teacher, "teacher");
  expect((await signIn(host.request, teacher)).status()).toBe(200);
  const q = [...bank.questions.values()].find((x) => x.type === "multiple_choice")!;
  const made = await host.request.post(`${A}/api/games`, { data: { source: "questions", questionIds: [q.id], seconds: 120 } });
  expect(made.status(), await made.text()).toBe(201);
  const game = (await made.json()) as { id: string; pin: string };
  await host.goto(`${A}/teach/games/${game.id}`);

  await player.goto(`${B}/play?pin=${game.pin}`);
  await player.getByLabel("Nickname").fill("Remote");
  await player.getByRole("button", { name: "Join" }).click();
  await expect(player.getByTestId("player-status")).toContainText("You are in, Remote");
  // The join, made on B, shows on the host's screen streamed from A.
  await expect(host.getByRole("list", { name: "Players" })).toContainText("Remote");

  await host.getByRole("button", { name: "Start the game" }).click();
  await expect(player.getByRole("heading", { level: 1, name: q.prompt })).toBeVisible();
  await player.getByRole("radio", { name: q.type === "multiple_choice" ? q.answer : "", exact: true }).check();
  await player.getByRole("button", { name: "Send answer" }).click();
  await expect(host.getByTestId("answered-count")).toHaveText("1 of 1 answered");
  await host.getByRole("button", { name: "Reveal the answer" }).click();
  await expect(player.getByTestId("player-status")).toContainText("Right! +1000 points");
  expect(await countRows(`SELECT count(*) AS n FROM "GameAnswer" WHERE "gameId" = ?`, game.id)).toBe(1);
  await hostContext.close();
  await playerContext.close();
});
