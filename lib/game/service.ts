// Live games in the database: hosting, joining, answering and what each person sees. The rules are
// the pure core's (./state, ./scoring, ./nickname, ./grade); this module stores their outcome, bumps
// the game's version on every change and tells the channel, so every stream (on any instance) reads
// the game again. The host reaches a game only through `hostId` in the where; a player only through
// the hash of their own token.
import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import type { QuestionBank } from "@/lib/content/bank";
import { getBank } from "@/lib/content/bank";
import { bankForClass } from "@/lib/authoring/store";
import { parseQuestionIds } from "@/lib/classroom/assignments";
import { db } from "@/lib/db";
import { channel } from "@/lib/db/channel";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Game, GameAnswer, GamePlayer } from "@/lib/generated/prisma/client";
import { sharedReads, type Freshness } from "@/lib/http/shared-reads";
import { pickQuestions } from "@/lib/quiz/build";
import { explainQuestion, type SourceRef } from "@/lib/quiz/feedback";
import { AnswerResponse } from "@/lib/quiz/grade";
import { presentQuestion, type PresentedQuestion } from "@/lib/quiz/present";
import { summarizeQuestion } from "@/lib/quiz/summary";
import { recordGameAnswerAsReview } from "@/lib/srs/review-service";
import { gradeGameAnswer, isGameQuestion } from "./grade";
import { checkNickname, nicknameKey } from "./nickname";
import { GamePin, makePin } from "./pin";
import { distribution, pointsFor, rankPlayers, tallyPlayer, type Ranked } from "./scoring";
import { canAnswer, closesForGood, endGame, IDLE_END_MS, isIdleExpired, nextQuestion, pauseQuestion, resumeQuestion, revealQuestion, type GameState, type Transition } from "./state";

export const GAME_SECONDS = [10, 20, 30, 60] as const;
export const GAME_LENGTHS = [5, 10, 15] as const;
export const MAX_GAME_QUESTIONS = 30;

export const CreateGameInput = z
  .object({
    title: z.string().trim().max(80, "Use at most 80 characters.").optional(),
    classId: z.string().min(1).max(40).optional(),
    source: z.enum(["topic", "assignment", "questions"], { error: "source is topic, assignment or questions" }),
    topicId: z.string().max(80).optional(),
    assignmentId: z.string().max(40).optional(),
    questionIds: z.array(z.string().min(1).max(100)).max(MAX_GAME_QUESTIONS, `Pick at most ${MAX_GAME_QUESTIONS} questions.`).optional(),
    count: z.coerce.number().int().min(1).max(MAX_GAME_QUESTIONS).default(10),
    seconds: z.coerce.number().int().min(5, "Give at least 5 seconds.").max(300, "Give at most 300 seconds.").default(20),
    speedBonus: z.boolean().default(false),
    streaks: z.boolean().default(false),
  })
  .strict()
  // What each source needs, said under its field (the form's) and as "field: message" (the route's).
  .superRefine((input, ctx) => {
    if (input.source === "topic" && !input.topicId) ctx.addIssue({ code: "custom", path: ["topicId"], message: "Choose a topic." });
    if (input.source === "assignment" && (!input.assignmentId || !input.classId)) ctx.addIssue({ code: "custom", path: ["assignmentId"], message: "Choose one of the class's quizzes." });
    if (input.source === "questions" && (input.questionIds ?? []).length === 0) ctx.addIssue({ code: "custom", path: ["questionIds"], message: "Pick at least one question." });
  });
export type CreateGameInput = z.infer<typeof CreateGameInput>;

export const HostAction = z.enum(["start", "next", "reveal", "pause", "resume", "end"], { error: "action is start, next, reveal, pause, resume or end" });
export type HostAction = z.infer<typeof HostAction>;

export type Refusal = { ok: false; status: 403 | 404 | 409 | 422 | 429; code: string; message: string };
const refuse = (status: Refusal["status"], code: string, message: string): Refusal => ({ ok: false, status, code, message });

export const gameTopic = (gameId: string) => `game:${gameId}`;

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

// --- state ----------------------------------------------------------------------------------------

function questionIdsOf(game: Pick<Game, "questionIds">): string[] {
  return parseQuestionIds(game.questionIds);
}

function stateOf(game: Game): GameState {
  return {
    phase: game.phase as GameState["phase"],
    questionIndex: game.questionIndex,
    questionCount: questionIdsOf(game).length,
    openedAt: game.openedAt?.getTime() ?? null,
    closesAt: game.closesAt?.getTime() ?? null,
    pausedRemainingMs: game.pausedRemainingMs,
    questionMs: game.questionMs,
    lastActivityAt: game.lastActivityAt.getTime(),
  };
}

const asDate = (ms: number | null) => (ms === null ? null : new Date(ms));

/**
 * Tells the streams; a notice that cannot be sent (the database restarting) does not undo or fail the
 * change already stored, or the host's retry would apply it twice: streams catch up when the
 * channel listens again and on each heartbeat.
 */
async function announce(gameId: string, version: number, tag?: string) {
  await channel.publish(gameTopic(gameId), version, tag).catch(() => undefined);
}

/** Stores a transition from the version it was worked out on; null when another change came first. */
async function applyTransition(game: Game, next: GameState, now: Date): Promise<number | null> {
  const ended = next.phase === "ended";
  const written = await db.game.updateMany({
    where: { id: game.id, version: game.version },
    data: {
      phase: next.phase,
      questionIndex: next.questionIndex,
      openedAt: asDate(next.openedAt),
      closesAt: asDate(next.closesAt),
      pausedRemainingMs: next.pausedRemainingMs,
      lastActivityAt: asDate(next.lastActivityAt) ?? now,
      version: { increment: 1 },
      ...(ended ? { pin: null, endedAt: now } : {}),
    },
  });
  if (written.count !== 1) return null;
  await announce(game.id, game.version + 1);
  return game.version + 1;
}

/**
 * Bumps the version for a change outside the state (a join, an answer, a removal) and tells the streams.
 * An answer's notice is tagged: it changes only what the host sees (who has answered), so the players'
 * streams let it pass instead of reading the game once per answer (the player who answered has the
 * acknowledgement, and their stream carries it from the next change or a reload).
 */
async function touch(gameId: string, now: Date, answered = false): Promise<number> {
  const { version } = await db.game.update({ where: { id: gameId }, data: { version: { increment: 1 }, lastActivityAt: now }, select: { version: true } });
  await announce(gameId, version, answered ? ANSWER_TAG : undefined);
  return version;
}

const ANSWER_TAG = "answer";

/** Whether a notice can change what a player sees: every change but an answer (the host sees all). */
export function concernsPlayers(tag: string | undefined): boolean {
  return tag !== ANSWER_TAG;
}

/**
 * What time alone changes: a question whose timer ran out is revealed, and a game idle for hours ends.
 * Run whenever a game is read, so no process has to keep a timer for it.
 */
export async function settleGame(game: Game, now: Date): Promise<Game> {
  const state = stateOf(game);
  let next: Transition | null = null;
  if (isIdleExpired(state, now.getTime())) next = endGame(state, now.getTime());
  else if ((closesForGood(state) ?? Infinity) < now.getTime()) {
    next = revealQuestion(state, state.closesAt ?? now.getTime());
    if (next.ok) next = { ok: true, state: { ...next.state, lastActivityAt: now.getTime() } };
  }
  if (!next?.ok) return game;
  await applyTransition(game, next.state, now);
  return (await db.game.findUnique({ where: { id: game.id } })) ?? game;
}

/** Ends every game idle for hours: their PINs are free again. */
async function endIdleGames(now: Date) {
  const stale = await db.game.findMany({ where: { endedAt: null, lastActivityAt: { lt: new Date(now.getTime() - IDLE_END_MS) } }, take: 50 });
  for (const game of stale) await settleGame(game, now);
}

// --- hosting --------------------------------------------------------------------------------------

/** The questions a new game asks, from a topic, one of the class's quiz assignments, or a hand-picked list. */
async function chooseQuestions(hostId: string, input: CreateGameInput, bank: QuestionBank): Promise<{ ids: string[]; title: string | null } | Refusal> {
  const playable = (ids: string[]) => ids.filter((id) => {
    const q = bank.questions.get(id);
    return q !== undefined && isGameQuestion(q);
  });
  if (input.source === "topic") {
    if (!input.topicId || !bank.topics.some((t) => t.id === input.topicId)) return refuse(422, "invalid_request", "topicId: Choose a topic.");
    const pool = { ...bank, questionsByTopic: new Map([[input.topicId, playable(bank.questionsByTopic.get(input.topicId) ?? [])]]) };
    return { ids: pickQuestions(pool, input.topicId, input.count, Math.random), title: bank.topics.find((t) => t.id === input.topicId)?.title ?? null };
  }
  if (input.source === "assignment") {
    if (!input.assignmentId || !input.classId) return refuse(422, "invalid_request", "assignmentId: Choose one of the class's quizzes.");
    const assignment = await db.assignment.findFirst({ where: { id: input.assignmentId, classId: input.classId, kind: "quiz", class: { teacherId: hostId } }, select: { questionIds: true, title: true } });
    if (!assignment) return refuse(404, "assignment_not_found", "That assignment does not exist or is not yours.");
    return { ids: playable(parseQuestionIds(assignment.questionIds)).slice(0, MAX_GAME_QUESTIONS), title: assignment.title };
  }
  const ids = [...new Set(input.questionIds ?? [])];
  const unknown = ids.filter((id) => !bank.questions.has(id));
  if (unknown.length > 0) return refuse(422, "invalid_request", `questionIds: No question ${unknown[0]}.`);
  return { ids: playable(ids), title: null };
}

export type CreatedGame = { ok: true; id: string; pin: string };

export async function createGame(hostId: string, input: CreateGameInput, now: Date): Promise<CreatedGame | Refusal> {
  let bank = getBank();
  let classTitle: string | null = null;
  if (input.classId) {
    const owned = await db.class.findFirst({ where: { id: input.classId, teacherId: hostId }, select: { name: true } });
    const classBank = owned ? await bankForClass(hostId, input.classId) : null;
    if (!owned || !classBank) return refuse(404, "class_not_found", "That class does not exist or is not yours.");
    bank = classBank;
    classTitle = owned.name;
  }
  const chosen = await chooseQuestions(hostId, input, bank);
  if ("ok" in chosen) return chosen;
  if (chosen.ids.length === 0) return refuse(422, "no_questions", "None of those questions can be asked in a live game (ordering and matching cannot): choose others.");
  await endIdleGames(now);
  const title = input.title || chosen.title || (classTitle ? `${classTitle}: live game` : "Live game");
  for (let tries = 0; ; tries++) {
    try {
      const game = await db.game.create({
        data: {
          hostId,
          classId: input.classId ?? null,
          title,
          questionIds: JSON.stringify(chosen.ids),
          pin: makePin(),
          questionMs: input.seconds * 1000,
          speedBonus: input.speedBonus,
          streaks: input.streaks,
          lastActivityAt: now,
        },
      });
      return { ok: true, id: game.id, pin: game.pin ?? "" };
    } catch (error) {
      if (!isUniqueViolation(error) || tries >= 5) throw error;
    }
  }
}

async function bankOf(game: Pick<Game, "hostId" | "classId">): Promise<QuestionBank> {
  return (game.classId ? await bankForClass(game.hostId, game.classId) : null) ?? getBank();
}

const HOST_TRANSITIONS: Record<HostAction, (s: GameState, now: number) => Transition> = {
  start: (s, now) => (s.phase === "lobby" ? nextQuestion(s, now) : { ok: false, message: "The game has already started." }),
  next: nextQuestion,
  reveal: revealQuestion,
  pause: pauseQuestion,
  resume: resumeQuestion,
  end: endGame,
};

export async function controlGame(hostId: string, gameId: string, action: HostAction, now: Date): Promise<{ ok: true; version: number } | Refusal | null> {
  for (let tries = 0; tries < 3; tries++) {
    const found = await db.game.findFirst({ where: { id: gameId, hostId } });
    if (!found) return null;
    const game = await settleGame(found, now);
    const next = HOST_TRANSITIONS[action](stateOf(game), now.getTime());
    if (!next.ok) return refuse(409, "game_state", next.message);
    const version = await applyTransition(game, next.state, now);
    if (version !== null) return { ok: true, version };
  }
  return refuse(409, "game_busy", "The game changed while you asked: try again.");
}

export async function removePlayer(hostId: string, gameId: string, playerId: string, now: Date): Promise<boolean> {
  const removed = await db.gamePlayer.updateMany({ where: { id: playerId, gameId, game: { hostId } }, data: { removed: true } });
  if (removed.count !== 1) return false;
  await touch(gameId, now);
  return true;
}

// --- playing --------------------------------------------------------------------------------------

export const JoinInput = z.object({ pin: GamePin, nickname: z.string().max(200, "A nickname can be at most 20 characters.") }).strict();
export type JoinInput = z.infer<typeof JoinInput>;

export type Joined = { ok: true; gameId: string; playerId: string; token: string; rejoined: boolean };

/** Joins the live game with this PIN, or (a signed-in student) comes back as the player they were. */
export async function joinGame(input: { pin: string; nickname: string; userId: string | null; learnerId?: string | null }, now: Date): Promise<Joined | Refusal> {
  await endIdleGames(now);
  const game = await db.game.findUnique({ where: { pin: input.pin } });
  if (!game || game.phase === "ended") return refuse(404, "game_not_found", "No game is running with that PIN. Check the number on the host's screen.");
  const token = crypto.randomBytes(24).toString("base64url");
  if (input.userId) {
    const earlier = await db.gamePlayer.findFirst({ where: { gameId: game.id, userId: input.userId } });
    if (earlier?.removed) return refuse(403, "removed", "The host removed you from this game.");
    if (earlier) {
      await db.gamePlayer.update({ where: { id: earlier.id }, data: { tokenHash: hashToken(token) } });
      return { ok: true, gameId: game.id, playerId: earlier.id, token, rejoined: true };
    }
  }
  const taken = await db.gamePlayer.findMany({ where: { gameId: game.id }, select: { nickname: true } });
  const check = checkNickname(input.nickname, taken.map((p) => p.nickname));
  if (!check.ok) return refuse(422, "invalid_nickname", check.message);
  try {
    const player = await db.gamePlayer.create({
      data: {
        gameId: game.id,
        nickname: check.nickname,
        nicknameKey: nicknameKey(check.nickname),
        userId: input.userId,
        learnerId: input.userId ? null : (input.learnerId ?? null),
        tokenHash: hashToken(token),
        joinedAt: now,
      },
    });
    await touch(game.id, now);
    return { ok: true, gameId: game.id, playerId: player.id, token, rejoined: false };
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(422, "invalid_nickname", "Someone in this game already has that nickname: choose another.");
    throw error;
  }
}

/** The player a token belongs to, in this game; null for any other token. */
export async function findPlayer(gameId: string, token: string | undefined | null): Promise<GamePlayer | null> {
  if (!token || token.length > 100) return null;
  const player = await db.gamePlayer.findUnique({ where: { tokenHash: hashToken(token) } });
  return player && player.gameId === gameId ? player : null;
}

export const GameAnswerInput = z.object({ questionIndex: z.number().int().min(0).max(MAX_GAME_QUESTIONS), response: AnswerResponse }).strict();

export type AnswerAck = { ok: true; replayed: boolean; questionIndex: number; given: string };

/** One answer per player per question: a resend gets the first answer back; after the timer, a refusal. */
export async function answerQuestion(
  player: GamePlayer,
  input: { questionIndex: number; response: AnswerResponse },
  now: Date,
): Promise<AnswerAck | Refusal> {
  // Read again: the host may have removed the player since their row was read.
  const current = await db.gamePlayer.findUnique({ where: { id: player.id }, select: { removed: true } });
  if (!current || current.removed) return refuse(403, "removed", "The host removed you from this game.");
  const found = await db.game.findUnique({ where: { id: player.gameId } });
  if (!found) return refuse(404, "game_not_found", "This game no longer exists.");
  const game = await settleGame(found, now);
  const questionId = questionIdsOf(game)[input.questionIndex];
  if (!questionId) return refuse(422, "invalid_request", "questionIndex: This game has no such question.");
  const earlier = await db.gameAnswer.findUnique({ where: { playerId_questionId: { playerId: player.id, questionId } } });
  if (earlier) return { ok: true, replayed: true, questionIndex: earlier.questionIndex, given: earlier.given };
  const state = stateOf(game);
  const open = canAnswer(state, input.questionIndex, now.getTime());
  if (!open.ok) return refuse(409, "question_closed", open.message);
  const bank = await bankOf(game);
  const question = bank.questions.get(questionId);
  if (!question) return refuse(409, "question_gone", "This question is no longer available.");
  const graded = gradeGameAnswer(question, input.response, bank);
  if (!graded.ok) return refuse(422, "invalid_answer", graded.message);
  // An answer in the grace after the timer counts as given at the last moment.
  const ms = Math.min(game.questionMs, Math.max(0, now.getTime() - (state.openedAt ?? now.getTime())));
  const previous = await db.gameAnswer.findMany({ where: { playerId: player.id }, select: { questionIndex: true, isCorrect: true } });
  const points = pointsFor({ isCorrect: graded.grade.isCorrect, elapsedMs: ms, questionMs: game.questionMs }, streakBefore(previous, input.questionIndex), {
    speedBonus: game.speedBonus,
    streaks: game.streaks,
  });
  try {
    await db.gameAnswer.create({
      data: { gameId: game.id, playerId: player.id, questionIndex: input.questionIndex, questionId, given: graded.grade.given, isCorrect: graded.grade.isCorrect, points, ms, createdAt: now },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await db.gameAnswer.findUnique({ where: { playerId_questionId: { playerId: player.id, questionId } } });
    if (first) return { ok: true, replayed: true, questionIndex: first.questionIndex, given: first.given };
    throw error;
  }
  await touch(game.id, now, true);
  if (player.userId) {
    const user = await db.user.findUnique({ where: { id: player.userId }, select: { id: true, desiredRetention: true, timeZone: true, dayStartHour: true } });
    if (user) await recordGameAnswerAsReview(user, bank, { playerId: player.id, questionId, isCorrect: graded.grade.isCorrect, timeMs: ms }, now);
  }
  return { ok: true, replayed: false, questionIndex: input.questionIndex, given: graded.grade.given };
}

/**
 * A guest's players on this browser become the account's (at sign-up or sign-in), and their answers its
 * reviews, at the time each was given. Idempotent like any game answer: claiming twice records nothing twice.
 */
export async function claimGuestPlayers(account: { id: string; desiredRetention: number; timeZone: string; dayStartHour: number }, learnerId: string): Promise<number> {
  const players = await db.gamePlayer.findMany({
    where: { learnerId, userId: null, removed: false },
    select: { id: true, gameId: true, game: { select: { hostId: true, classId: true } }, answers: { orderBy: { createdAt: "asc" } } },
  });
  for (const player of players) {
    // Once per account and game: a second player of the same game on this browser stays a guest.
    const already = await db.gamePlayer.count({ where: { gameId: player.gameId, userId: account.id } });
    if (already > 0) continue;
    const claimed = await db.gamePlayer.updateMany({ where: { id: player.id, userId: null }, data: { userId: account.id } });
    if (claimed.count !== 1) continue;
    const bank = await bankOf(player.game);
    for (const a of player.answers) {
      await recordGameAnswerAsReview(account, bank, { playerId: player.id, questionId: a.questionId, isCorrect: a.isCorrect, timeMs: a.ms }, a.createdAt);
    }
  }
  return players.length;
}

/** Correct answers in a row just before question `index` (a question not answered breaks it). */
function streakBefore(answers: readonly { questionIndex: number; isCorrect: boolean }[], index: number): number {
  const byIndex = new Map(answers.map((a) => [a.questionIndex, a.isCorrect]));
  let streak = 0;
  for (let i = index - 1; i >= 0 && byIndex.get(i) === true; i--) streak++;
  return streak;
}

// --- what people see ------------------------------------------------------------------------------

type Loaded = { game: Game; players: GamePlayer[]; answers: GameAnswer[]; bank: QuestionBank; ids: string[] };

async function loadGame(where: { id: string; hostId?: string }, now: Date): Promise<Loaded | null> {
  const found = await db.game.findFirst({ where });
  if (!found) return null;
  const game = await settleGame(found, now);
  const [players, answers, bank] = await Promise.all([
    db.gamePlayer.findMany({ where: { gameId: game.id }, orderBy: { joinedAt: "asc" } }),
    db.gameAnswer.findMany({ where: { gameId: game.id }, orderBy: { createdAt: "asc" } }),
    bankOf(game),
  ]);
  return { game, players, answers, bank, ids: questionIdsOf(game) };
}

const reads = sharedReads<Loaded | null>({ versionOf: (loaded) => loaded?.game.version ?? null });

/**
 * The game for a stream, read once per change for all of this instance's streams of it (see
 * lib/http/shared-reads.ts); without `want`, read now for this caller alone (a page). The test clock's offset is
 * part of the key, so runs at another "now" never share a read.
 */
function readGame(gameId: string, now: Date, want?: Freshness): Promise<Loaded | null> {
  if (!want) return loadGame({ id: gameId }, now);
  const offset = Math.round((now.getTime() - Date.now()) / 1000);
  return reads.get(`${gameId}@${offset}`, want, () => loadGame({ id: gameId }, new Date(Date.now() + offset * 1000)));
}

// What every viewer of one read shares, worked out once for it however many streams send it.
type Derived = { answersOf: Map<string, Map<number, GameAnswer>>; boards: Map<number, Ranked[]>; base?: Omit<GameViewBase, "clock"> & { clock: Omit<Clock, "serverNow"> } };
const derivedOf = new WeakMap<Loaded, Derived>();

function derived(loaded: Loaded): Derived {
  let found = derivedOf.get(loaded);
  if (!found) {
    const answersOf = new Map<string, Map<number, GameAnswer>>();
    for (const a of loaded.answers) {
      const mine = answersOf.get(a.playerId) ?? new Map<number, GameAnswer>();
      mine.set(a.questionIndex, a);
      answersOf.set(a.playerId, mine);
    }
    found = { answersOf, boards: new Map() };
    derivedOf.set(loaded, found);
  }
  return found;
}

function leaderboard(loaded: Loaded, upTo: number): Ranked[] {
  const memo = derived(loaded);
  const known = memo.boards.get(upTo);
  if (known) return known;
  const { game, players, ids } = loaded;
  const active = players.filter((p) => !p.removed);
  const board = rankPlayers(
    active.map((p) => {
      const mine = memo.answersOf.get(p.id) ?? new Map<number, GameAnswer>();
      const scored = ids.slice(0, upTo + 1).map((_, i) => {
        const a = mine.get(i);
        return a ? { isCorrect: a.isCorrect, elapsedMs: a.ms, questionMs: game.questionMs } : null;
      });
      // Points are as stored (the options in force when each answer came); the tally gives time and counts.
      const tally = tallyPlayer(p.id, p.nickname, scored, { speedBonus: game.speedBonus, streaks: game.streaks });
      return { ...tally, score: [...mine.values()].filter((a) => a.questionIndex <= upTo).reduce((sum, a) => sum + a.points, 0) };
    }),
  );
  memo.boards.set(upTo, board);
  return board;
}

export type RevealView = {
  correct: string;
  counts: { given: string; count: number; isCorrect: boolean }[];
  commonWrong: string | null;
  answered: number;
  explanation: string;
  sources: (Pick<SourceRef, "title" | "publisher" | "url" | "quote"> & { statement: string })[];
};

function revealOf(loaded: Loaded, index: number): RevealView | null {
  const id = loaded.ids[index];
  const question = id ? loaded.bank.questions.get(id) : undefined;
  if (!question) return null;
  const removed = new Set(loaded.players.filter((p) => p.removed).map((p) => p.id));
  const given = loaded.answers.filter((a) => a.questionIndex === index && !removed.has(a.playerId));
  const { counts, commonWrong } = distribution(given);
  const explanation = explainQuestion(question, loaded.bank);
  return {
    correct: summarizeQuestion(question, loaded.bank).answer,
    counts,
    commonWrong,
    answered: given.length,
    explanation: explanation.text,
    sources: explanation.facts.flatMap((f) => f.sources.slice(0, 1).map((s) => ({ statement: f.statement, title: s.title, publisher: s.publisher, url: s.url, quote: s.quote }))),
  };
}

type Clock = { serverNow: number; closesAt: number | null; pausedRemainingMs: number | null; questionMs: number };

export type GameViewBase = {
  id: string;
  title: string;
  version: number;
  phase: GameState["phase"];
  questionIndex: number;
  questionCount: number;
  clock: Clock;
  question: PresentedQuestion | null;
  reveal: RevealView | null;
  leaderboard: { nickname: string; score: number; correct: number; rank: number; totalMs: number }[];
};

function baseView(loaded: Loaded, now: Date): GameViewBase {
  const memo = derived(loaded);
  memo.base ??= sharedBase(loaded);
  return { ...memo.base, clock: { ...memo.base.clock, serverNow: now.getTime() } };
}

function sharedBase(loaded: Loaded): NonNullable<Derived["base"]> {
  const { game, ids, bank } = loaded;
  const id = ids[game.questionIndex];
  const question = id && game.phase !== "lobby" && game.phase !== "ended" ? bank.questions.get(id) : undefined;
  const board = leaderboard(loaded, game.phase === "question" ? game.questionIndex - 1 : game.questionIndex >= 0 ? game.questionIndex : ids.length - 1);
  return {
    id: game.id,
    title: game.title,
    version: game.version,
    phase: game.phase as GameState["phase"],
    questionIndex: game.questionIndex,
    questionCount: ids.length,
    clock: { closesAt: game.closesAt?.getTime() ?? null, pausedRemainingMs: game.pausedRemainingMs, questionMs: game.questionMs },
    // Options in the same order on every screen (seeded by the game), so the projector and phones agree.
    question: question ? presentQuestion(question, bank, game.id) : null,
    reveal: game.phase === "reveal" ? revealOf(loaded, game.questionIndex) : null,
    leaderboard: (game.phase === "ended" ? board : board.slice(0, 5)).map(({ nickname, score, correct, rank, totalMs }) => ({ nickname, score, correct, rank, totalMs })),
  };
}

export type HostView = GameViewBase & {
  pin: string | null;
  speedBonus: boolean;
  streaks: boolean;
  classId: string | null;
  players: { id: string; nickname: string; removed: boolean; signedIn: boolean; answered: boolean }[];
  answeredCount: number;
};

/** The game as its host sees it (null for anyone else); `want` for a stream, see readGame. */
export async function loadHostView(hostId: string, gameId: string, now: Date, want?: Freshness): Promise<HostView | null> {
  const loaded = await readGame(gameId, now, want);
  if (!loaded || loaded.game.hostId !== hostId) return null;
  const { game, players } = loaded;
  const { answersOf } = derived(loaded);
  const answeredNow = new Set(players.filter((p) => answersOf.get(p.id)?.has(game.questionIndex)).map((p) => p.id));
  return {
    ...baseView(loaded, now),
    pin: game.pin,
    speedBonus: game.speedBonus,
    streaks: game.streaks,
    classId: game.classId,
    players: players.map((p) => ({ id: p.id, nickname: p.nickname, removed: p.removed, signedIn: p.userId !== null, answered: answeredNow.has(p.id) })),
    answeredCount: players.filter((p) => !p.removed && answeredNow.has(p.id)).length,
  };
}

export type PlayerView = GameViewBase & {
  me: { nickname: string; removed: boolean; signedIn: boolean; score: number; rank: number | null; players: number };
  /** This player's answer to the current question: "received" while it is open, graded once revealed. */
  myAnswer: { given: string; isCorrect: boolean | null; points: number | null } | null;
};

/** The game as this player sees it; `want` for a stream, see readGame. */
export async function loadPlayerView(player: GamePlayer, now: Date, want?: Freshness): Promise<PlayerView | null> {
  const loaded = await readGame(player.gameId, now, want);
  if (!loaded) return null;
  const me = loaded.players.find((p) => p.id === player.id) ?? player;
  const base = baseView(loaded, now);
  const full = leaderboard(loaded, loaded.ids.length - 1);
  const mine = full.find((r) => r.playerId === me.id);
  const answer = derived(loaded).answersOf.get(me.id)?.get(loaded.game.questionIndex);
  const revealed = loaded.game.phase === "reveal";
  return {
    ...base,
    me: { nickname: me.nickname, removed: me.removed, signedIn: me.userId !== null, score: mine?.score ?? 0, rank: mine?.rank ?? null, players: full.length },
    myAnswer: answer && loaded.game.phase !== "lobby" ? { given: answer.given, isCorrect: revealed ? answer.isCorrect : null, points: revealed ? answer.points : null } : null,
  };
}

// --- results --------------------------------------------------------------------------------------

export type GameResults = {
  id: string;
  title: string;
  classId: string | null;
  endedAt: Date | null;
  createdAt: Date;
  players: { rank: number; nickname: string; signedIn: boolean; score: number; correct: number; totalMs: number; answers: ({ given: string; isCorrect: boolean; points: number; ms: number } | null)[] }[];
  questions: { index: number; id: string; prompt: string; correct: string; answered: number; correctCount: number; commonWrong: string | null }[];
};

export async function loadGameResults(hostId: string, gameId: string, now: Date): Promise<GameResults | null> {
  const loaded = await loadGame({ id: gameId, hostId }, now);
  if (!loaded) return null;
  const { game, players, answers, ids, bank } = loaded;
  const ranked = leaderboard(loaded, ids.length - 1);
  const byId = new Map(players.map((p) => [p.id, p]));
  const kept = answers.filter((a) => !byId.get(a.playerId)?.removed);
  return {
    id: game.id,
    title: game.title,
    classId: game.classId,
    endedAt: game.endedAt,
    createdAt: game.createdAt,
    players: ranked.map((r) => {
      const mine = new Map(kept.filter((a) => a.playerId === r.playerId).map((a) => [a.questionIndex, a]));
      return {
        rank: r.rank,
        nickname: r.nickname,
        signedIn: byId.get(r.playerId)?.userId !== null,
        score: r.score,
        correct: r.correct,
        totalMs: r.totalMs,
        answers: ids.map((_, i) => {
          const a = mine.get(i);
          return a ? { given: a.given, isCorrect: a.isCorrect, points: a.points, ms: a.ms } : null;
        }),
      };
    }),
    questions: ids.map((id, index) => {
      const q = bank.questions.get(id);
      const given = kept.filter((a) => a.questionIndex === index);
      return {
        index,
        id,
        prompt: q?.prompt ?? id,
        correct: q ? summarizeQuestion(q, bank).answer : "",
        answered: given.length,
        correctCount: given.filter((a) => a.isCorrect).length,
        commonWrong: distribution(given).commonWrong,
      };
    }),
  };
}

/** A class's games, newest first, for its teacher. */
export function listClassGames(hostId: string, classId: string) {
  return db.game.findMany({
    where: { classId, hostId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, title: true, phase: true, createdAt: true, endedAt: true, _count: { select: { players: true } } },
  });
}

/** The version a stream compares against Last-Event-ID, without loading the whole game. */
export async function gameVersion(gameId: string): Promise<number | null> {
  const game = await db.game.findUnique({ where: { id: gameId }, select: { version: true } });
  return game?.version ?? null;
}

/** The host of a game, for the stream to tell a host from a player. */
export async function isHostOf(userId: string, gameId: string): Promise<boolean> {
  return (await db.game.count({ where: { id: gameId, hostId: userId } })) === 1;
}
