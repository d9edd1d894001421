// A live game on a real SQLite database through the app's own modules: joining (names checked, a
// signed-in student rejoining as themselves), answering once (a resend answered like the first),
// the timer refusing late answers, the host removing a player, every change announced on the
// channel, a signed-in player's answers becoming reviews exactly once, and an idle game ending.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getBank } from "@/lib/content/bank";
import { openTestDatabase } from "../helpers/sqlite-test-db";
import type { AnswerResponse } from "@/lib/quiz/grade";

const connection = vi.hoisted(() => ({ client: undefined as unknown, engine: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return connection.client;
  },
  get engine() {
    return connection.engine;
  },
}));

const service = await import("@/lib/game/service");
const { channel } = await import("@/lib/db/channel");
const { ANSWER_GRACE_MS, IDLE_END_MS } = await import("@/lib/game/state");

const bank = getBank();
const T0 = new Date("2026-12-03T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
let closeDatabase: () => Promise<void>;
let client: PrismaClient;
let teacherId: string;
let studentId: string;

beforeAll(async () => {
  const database = openTestDatabase("ovf-game-");
  client = database.client;
  closeDatabase = database.close;
  connection.client = client;
  connection.engine = database.engine;
  teacherId = (await client.user.create({ data: { email: "t@example.org", name: "Teacher", role: "teacher" } })).id;
  studentId = (await client.user.create({ data: { email: "s@example.org", name: "Student" } })).id;
}, 60_000);

afterAll(() => closeDatabase());

/** The right response to a question, and a wrong one, in the shape the player's screen sends. */
function responses(questionId: string): { right: AnswerResponse; wrong: AnswerResponse } {
  const q = bank.questions.get(questionId)!;
  if (q.type === "multiple_choice" || q.type === "who_said") return { right: { kind: "choice", choice: q.answer }, wrong: { kind: "choice", choice: q.distractors[0]! } };
  if (q.type === "true_false") return { right: { kind: "boolean", value: q.answer }, wrong: { kind: "boolean", value: !q.answer } };
  throw new Error(`test uses choice questions only, not ${q.type}`);
}

async function newGame(seconds = 20) {
  const choice = [...bank.questions.values()].filter((q) => q.type === "multiple_choice" || q.type === "true_false").slice(0, 3).map((q) => q.id);
  const made = await service.createGame(teacherId, { source: "questions", questionIds: choice, count: 3, seconds, speedBonus: false, streaks: false }, T0);
  if (!made.ok) throw new Error(made.message);
  return { ...made, questionIds: choice };
}

async function join(pin: string, nickname: string, userId: string | null = null, now = T0) {
  const joined = await service.joinGame({ pin, nickname, userId }, now);
  if (!joined.ok) throw new Error(joined.message);
  return (await service.findPlayer(joined.gameId, joined.token))!;
}

describe("a live game", () => {
  it("takes one answer per player and question, refuses late ones, removes players and makes reviews once", async () => {
    const game = await newGame(20);
    const notices: number[] = [];
    const stop = await channel.subscribe(service.gameTopic(game.id), (n) => notices.push(n.version));

    const ada = await join(game.pin, "Ada");
    const student = await join(game.pin, "Student", studentId);
    const late = await join(game.pin, "Latecomer");
    expect(await service.joinGame({ pin: game.pin, nickname: " ADA ", userId: null }, T0)).toMatchObject({ ok: false, status: 422 });
    expect(await service.joinGame({ pin: game.pin, nickname: "A\u200Bb", userId: null }, T0)).toMatchObject({ ok: false, status: 422 });
    expect(await service.joinGame({ pin: "999999" === game.pin ? "888888" : "999999", nickname: "Bob", userId: null }, T0)).toMatchObject({ ok: false, status: 404 });

    // Answers before the start are refused.
    const [q0] = game.questionIds;
    expect(await service.answerQuestion(ada, { questionIndex: 0, response: responses(q0!).right }, at(1000))).toMatchObject({ ok: false, status: 409 });

    expect(await service.controlGame(teacherId, game.id, "start", at(2000))).toMatchObject({ ok: true });
    const first = await service.answerQuestion(ada, { questionIndex: 0, response: responses(q0!).right }, at(3000));
    expect(first).toMatchObject({ ok: true, replayed: false });
    // The same answer sent again, or another one, is answered like the first and stored once.
    expect(await service.answerQuestion(ada, { questionIndex: 0, response: responses(q0!).wrong }, at(3500))).toEqual({ ...first, replayed: true });
    expect(await client.gameAnswer.count({ where: { playerId: ada.id } })).toBe(1);

    const studentAnswer = await service.answerQuestion(student, { questionIndex: 0, response: responses(q0!).wrong }, at(4000));
    expect(studentAnswer).toMatchObject({ ok: true, replayed: false });
    await service.answerQuestion(student, { questionIndex: 0, response: responses(q0!).wrong }, at(4500));

    // After the timer (20 s from the start) and its grace, an answer is refused with a message.
    const tooLate = await service.answerQuestion(late, { questionIndex: 0, response: responses(q0!).right }, at(2000 + 20_000 + ANSWER_GRACE_MS + 1));
    expect(tooLate).toMatchObject({ ok: false, status: 409 });
    if (!tooLate.ok) expect(tooLate.message).toMatch(/after the timer|closed/);

    // Time alone revealed the question; the reveal shows the distribution and the right answer.
    const hostView = (await service.loadHostView(teacherId, game.id, at(23_000)))!;
    expect(hostView.phase).toBe("reveal");
    expect(hostView.reveal?.answered).toBe(2);
    expect(hostView.reveal?.counts.find((c) => c.isCorrect)?.count).toBe(1);
    expect(hostView.reveal?.commonWrong).not.toBeNull();
    expect(hostView.reveal?.sources.length).toBeGreaterThan(0);
    const adaView = (await service.loadPlayerView(ada, at(23_000)))!;
    expect(adaView.me.score).toBe(1000);
    expect(adaView.myAnswer).toMatchObject({ isCorrect: true, points: 1000 });

    // The signed-in student's answer became one review per fact, origin "game", even though it was sent twice.
    const facts = bank.questions.get(q0!)!.facts.length;
    const reviews = await client.review.findMany({ where: { userId: studentId } });
    expect(reviews).toHaveLength(facts);
    expect(reviews.every((r) => r.origin === "game" && r.clientKey.startsWith(`game:${student.id}:${q0}:`))).toBe(true);
    expect(await client.review.count({ where: { userId: { not: studentId } } })).toBe(0);

    // The host removes the latecomer: their answers are refused, and a signed-in player removed cannot rejoin.
    expect(await service.removePlayer(teacherId, game.id, late.id, at(24_000))).toBe(true);
    expect(await service.removePlayer(studentId, game.id, ada.id, at(24_000))).toBe(false);
    await service.controlGame(teacherId, game.id, "next", at(25_000));
    const [, q1] = game.questionIds;
    expect(await service.answerQuestion(late, { questionIndex: 1, response: responses(q1!).right }, at(26_000))).toMatchObject({ ok: false, status: 403 });
    await service.removePlayer(teacherId, game.id, student.id, at(26_500));
    expect(await service.joinGame({ pin: game.pin, nickname: "Student", userId: studentId }, at(27_000))).toMatchObject({ ok: false, status: 403 });
    expect((await service.loadHostView(teacherId, game.id, at(27_000)))!.players.filter((p) => !p.removed).map((p) => p.nickname)).toEqual(["Ada"]);

    // Paused, the question takes no answers and its time stands still.
    await service.controlGame(teacherId, game.id, "pause", at(28_000));
    expect(await service.answerQuestion(ada, { questionIndex: 1, response: responses(q1!).right }, at(29_000))).toMatchObject({ ok: false, status: 409 });
    await service.controlGame(teacherId, game.id, "resume", at(60_000));
    expect(await service.answerQuestion(ada, { questionIndex: 1, response: responses(q1!).right }, at(61_000))).toMatchObject({ ok: true });

    // Every change was announced, in order, each with the game's new version.
    const { version } = (await client.game.findUnique({ where: { id: game.id } }))!;
    expect(notices.length).toBeGreaterThan(10);
    expect(notices.at(-1)).toBe(version);
    expect([...notices].sort((a, b) => a - b)).toEqual(notices);
    stop();

    // Ending stores the results and frees the PIN.
    await service.controlGame(teacherId, game.id, "end", at(62_000));
    const results = (await service.loadGameResults(teacherId, game.id, at(63_000)))!;
    expect(results.players.map((p) => [p.nickname, p.rank, p.score])).toEqual([["Ada", 1, 2000]]);
    expect(results.questions[0]).toMatchObject({ answered: 1, correctCount: 1 });
    expect((await client.game.findUnique({ where: { id: game.id } }))!.pin).toBeNull();
    expect(await service.joinGame({ pin: game.pin, nickname: "Zed", userId: null }, at(64_000))).toMatchObject({ ok: false, status: 404 });
  });

  it("lets a signed-in student come back as the same player, and ends a game idle for hours", async () => {
    const game = await newGame();
    const firstJoin = await service.joinGame({ pin: game.pin, nickname: "Student", userId: studentId }, T0);
    const again = await service.joinGame({ pin: game.pin, nickname: "Other name", userId: studentId }, at(1000));
    expect(firstJoin.ok && again.ok && again.rejoined && again.playerId === firstJoin.playerId).toBe(true);
    // The old token no longer works; the new one does.
    if (firstJoin.ok && again.ok) {
      expect(await service.findPlayer(game.id, firstJoin.token)).toBeNull();
      expect((await service.findPlayer(game.id, again.token))?.id).toBe(firstJoin.playerId);
    }
    const view = (await service.loadHostView(teacherId, game.id, at(IDLE_END_MS + 2000)))!;
    expect(view.phase).toBe("ended");
    expect(await service.joinGame({ pin: game.pin, nickname: "Late", userId: null }, at(IDLE_END_MS + 3000))).toMatchObject({ ok: false, status: 404 });
  });

  it("hands a guest's answers to the account they sign up or in with on that browser, as reviews once", async () => {
    const game = await newGame();
    const learnerId = "0b8f6a4e-1d2c-4e5f-9a7b-3c4d5e6f7a8b";
    const joined = await service.joinGame({ pin: game.pin, nickname: "Guest", userId: null, learnerId }, T0);
    if (!joined.ok) throw new Error(joined.message);
    const guest = (await service.findPlayer(game.id, joined.token))!;
    await service.controlGame(teacherId, game.id, "start", at(1000));
    const [q0] = game.questionIds;
    expect(await service.answerQuestion(guest, { questionIndex: 0, response: responses(q0!).right }, at(2000))).toMatchObject({ ok: true });
    // A guest's answer is no one's review yet.
    const newcomer = await client.user.create({ data: { email: "n@example.org", name: "Newcomer" } });
    expect(await client.review.count({ where: { userId: newcomer.id } })).toBe(0);
    const account = { id: newcomer.id, desiredRetention: 0.9, timeZone: "UTC", dayStartHour: 4 };
    await service.claimGuestPlayers(account, learnerId);
    await service.claimGuestPlayers(account, learnerId);
    const reviews = await client.review.findMany({ where: { userId: newcomer.id } });
    expect(reviews).toHaveLength(bank.questions.get(q0!)!.facts.length);
    expect(reviews.every((r) => r.origin === "game" && r.reviewedAt.getTime() === at(2000).getTime())).toBe(true);
    expect((await client.gamePlayer.findUnique({ where: { id: guest.id } }))!.userId).toBe(newcomer.id);
    // Another browser's id claims nothing.
    const other = await client.user.create({ data: { email: "o@example.org", name: "Other" } });
    await service.claimGuestPlayers({ ...account, id: other.id }, "ffffffff-1d2c-4e5f-9a7b-3c4d5e6f7a8b");
    expect(await client.review.count({ where: { userId: other.id } })).toBe(0);
  });

  it("gives 40 streams asking together their own views from one read, and tags answers' notices as the host's only", async () => {
    const start = new Date();
    const choice = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 2).map((q) => q.id);
    const made = await service.createGame(teacherId, { source: "questions", questionIds: choice, count: 2, seconds: 60, speedBonus: false, streaks: false }, start);
    if (!made.ok) throw new Error(made.message);
    const players: Awaited<ReturnType<typeof join>>[] = [];
    for (let i = 0; i < 40; i++) players.push(await join(made.pin, `Player ${i}`, null, start));
    await service.controlGame(teacherId, made.id, "start", new Date());
    const tags: (string | undefined)[] = [];
    const stop = await channel.subscribe(service.gameTopic(made.id), (n) => tags.push(n.tag));
    for (const p of players.slice(0, 10)) await service.answerQuestion(p, { questionIndex: 0, response: responses(choice[0]!).right }, new Date());
    stop();
    // Answers change only the host's screen: the players' streams let their notices pass.
    expect(tags).toHaveLength(10);
    expect(tags.every((tag) => !service.concernsPlayers(tag))).toBe(true);
    expect(service.concernsPlayers(undefined)).toBe(true);

    const reads = vi.spyOn(client.gameAnswer, "findMany");
    const since = Date.now();
    const [host, ...views] = await Promise.all([service.loadHostView(teacherId, made.id, new Date(), { since }), ...players.map((p) => service.loadPlayerView(p, new Date(), { since }))]);
    expect(reads).toHaveBeenCalledTimes(1);
    reads.mockRestore();
    expect(host!.answeredCount).toBe(10);
    views.forEach((view, i) => {
      expect(view!.me.nickname).toBe(`Player ${i}`);
      expect(view!.question?.prompt).toBe(host!.question?.prompt);
      expect(view!.myAnswer === null).toBe(i >= 10);
    });
    // Someone else's host id never gets the host's view, even from the shared read.
    expect(await service.loadHostView(studentId, made.id, new Date(), { since })).toBeNull();
  });
});

