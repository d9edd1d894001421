// Joining a live game from a browser (lib/game/join.ts, behind both POST /api/games/join and the
// /play form's action) on a real SQLite database: a guest gets their player cookie and is tied to
// their learner cookie, a signed-in student joins (and rejoins) as themselves, and wrong PINs count
// against the address until it is refused, while a refused nickname does not count.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PublicUser } from "@/lib/auth/users";
import { getBank } from "@/lib/content/bank";
import { openTestDatabase } from "../helpers/sqlite-test-db";

const connection = vi.hoisted(() => ({ client: undefined as unknown, engine: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return connection.client;
  },
  get engine() {
    return connection.engine;
  },
}));

// The browser: its cookie jar and who is signed in.
const browser = vi.hoisted(() => ({ jar: new Map<string, string>(), user: null as unknown }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void browser.jar.set(name, value),
  }),
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => browser.user }));

const { joinFromBrowser } = await import("@/lib/game/join");
const service = await import("@/lib/game/service");
const { GAME_PIN_LIMIT } = await import("@/lib/auth/rate-limit");
const { LEARNER_COOKIE } = await import("@/lib/auth/learner");

const bank = getBank();
const T0 = new Date("2026-12-04T09:00:00Z");
const from = (address: string) => new Headers({ "x-forwarded-for": address });
let closeDatabase: () => Promise<void>;
let client: PrismaClient;
let teacherId: string;
let student: PublicUser;

beforeAll(async () => {
  const database = openTestDatabase("ovf-game-join-");
  client = database.client;
  closeDatabase = database.close;
  connection.client = client;
  connection.engine = database.engine;
  teacherId = (await client.user.create({ data: { email: "t@example.org", name: "Teacher", role: "teacher" } })).id;
  const made = await client.user.create({ data: { email: "s@example.org", name: "Student" } });
  student = { id: made.id, email: made.email, name: made.name, role: "learner" } as PublicUser;
}, 60_000);

afterAll(() => closeDatabase());

beforeEach(() => {
  browser.jar.clear();
  browser.user = null;
});

async function newGame() {
  const ids = [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, 2).map((q) => q.id);
  const made = await service.createGame(teacherId, { source: "questions", questionIds: ids, count: 2, seconds: 20, speedBonus: false, streaks: false }, T0);
  if (!made.ok) throw new Error(made.message);
  return made;
}

const wrongPin = (pin: string) => (pin === "999999" ? "888888" : "999999");

describe("joining a live game from a browser", () => {
  it("gives a guest the player cookie of that game, tied to the browser's learner id", async () => {
    const game = await newGame();
    const joined = await joinFromBrowser({ pin: game.pin, nickname: "Ada" }, from("10.0.0.1"), T0);
    expect(joined).toMatchObject({ ok: true, gameId: game.id, rejoined: false, url: `/play/${game.id}` });
    if (!joined.ok) return;
    const token = browser.jar.get(`ovf_game_${game.id}`);
    const player = await service.findPlayer(game.id, token);
    expect(player).toMatchObject({ id: joined.playerId, nickname: "Ada", userId: null, learnerId: browser.jar.get(LEARNER_COOKIE) });
    expect(browser.jar.get(LEARNER_COOKIE)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("joins a signed-in student as themselves, and again as the same player with a new cookie", async () => {
    const game = await newGame();
    browser.user = student;
    const first = await joinFromBrowser({ pin: game.pin, nickname: "Stu" }, from("10.0.0.2"), T0);
    expect(first).toMatchObject({ ok: true, rejoined: false });
    const firstToken = browser.jar.get(`ovf_game_${game.id}`);
    expect(browser.jar.has(LEARNER_COOKIE)).toBe(false);
    const again = await joinFromBrowser({ pin: game.pin, nickname: "Other name" }, from("10.0.0.2"), T0);
    expect(again).toMatchObject({ ok: true, rejoined: true, playerId: first.ok ? first.playerId : "" });
    const secondToken = browser.jar.get(`ovf_game_${game.id}`);
    expect(secondToken).not.toBe(firstToken);
    expect(await service.findPlayer(game.id, secondToken)).toMatchObject({ userId: student.id, nickname: "Stu" });
    expect(await service.findPlayer(game.id, firstToken)).toBeNull();
  });

  it("counts wrong PINs against the address until it is refused with the wait, and not a taken nickname", async () => {
    const game = await newGame();
    await joinFromBrowser({ pin: game.pin, nickname: "Cy" }, from("10.0.0.3"), T0);
    // A refused nickname is not a guess at a PIN.
    for (let i = 0; i < GAME_PIN_LIMIT.failures + 2; i++) {
      expect(await joinFromBrowser({ pin: game.pin, nickname: "cy" }, from("10.0.0.3"), T0)).toMatchObject({ ok: false, status: 422, code: "invalid_nickname" });
    }
    for (let i = 0; i < GAME_PIN_LIMIT.failures; i++) {
      expect(await joinFromBrowser({ pin: wrongPin(game.pin), nickname: "Dee" }, from("10.0.0.3"), T0)).toMatchObject({ ok: false, status: 404, code: "game_not_found" });
    }
    const blocked = await joinFromBrowser({ pin: game.pin, nickname: "Dee" }, from("10.0.0.3"), T0);
    expect(blocked).toMatchObject({ ok: false, status: 429, code: "rate_limited" });
    if (blocked.ok) return;
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.message).toMatch(/Too many wrong game PINs/);
    expect(browser.jar.has(`ovf_game_${game.id}`)).toBe(true); // Cy's, from before
    // Another address is not blocked, and the window's end lifts the block.
    expect(await joinFromBrowser({ pin: game.pin, nickname: "Dee" }, from("10.0.0.4"), T0)).toMatchObject({ ok: true });
    const later = new Date(T0.getTime() + GAME_PIN_LIMIT.windowMs + 1000);
    expect(await joinFromBrowser({ pin: game.pin, nickname: "Eve" }, from("10.0.0.3"), later)).toMatchObject({ ok: true });
  });
});

describe("what a game needs from each source (CreateGameInput)", () => {
  const parse = (input: unknown) => {
    const parsed = service.CreateGameInput.safeParse(input);
    return parsed.success ? "ok" : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("refuses an empty hand-picked set, a missing topic or quiz, and more than the most questions", () => {
    expect(parse({ source: "questions", questionIds: [] })).toEqual({ questionIds: "Pick at least one question." });
    expect(parse({ source: "questions" })).toEqual({ questionIds: "Pick at least one question." });
    expect(parse({ source: "topic" })).toEqual({ topicId: "Choose a topic." });
    expect(parse({ source: "assignment", assignmentId: "a1" })).toEqual({ assignmentId: "Choose one of the class's quizzes." });
    const tooMany = Array.from({ length: service.MAX_GAME_QUESTIONS + 1 }, (_, i) => `q${i}`);
    expect(parse({ source: "questions", questionIds: tooMany })).toEqual({ questionIds: `Pick at most ${service.MAX_GAME_QUESTIONS} questions.` });
    expect(parse({ source: "questions", questionIds: ["q1"] })).toBe("ok");
    expect(parse({ source: "topic", topicId: "abm" })).toBe("ok");
    expect(parse({ source: "assignment", assignmentId: "a1", classId: "c1" })).toBe("ok");
  });
});
