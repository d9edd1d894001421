// Live games under load (issue 14, point 7): one production server on SQLite (bench/server) with its own
// database under bench/tmp/, a teacher who hosts over the routes a browser uses, and simulated players
// who join with the PIN and a nickname (POST /api/games/join, the guest cookie), hold the game's
// Server-Sent Events stream open and answer each question. Two runs: one game of 300 players, then
// 10 games of 50 at once. Measured: the time from the host's "start"/"next" to each player's stream
// holding that question, answers acknowledged per second, every acknowledged answer found in the
// database afterwards, and the server's memory. Joins succeed, so the PIN limiter (which counts only
// PINs that name no game) never refuses them. Bounded: a few rounds, a timeout on every wait.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import type { QuestionBank } from "@/lib/content/bank";
import { toSqlite } from "@/lib/db/columns";
import { BENCH_PASSWORD, PORT, TMP } from "./config";
import { mergeCookies, signIn } from "./http";
import { columnsOf, migratedTemplate, teacherEmail, teacherId, type SeedValue } from "./seed";
import { startServer, type BenchServer } from "./server";
import { percentile } from "./stats";

export const GAME_ROUNDS = 3;
/** How long one round may take (every player holding the question, every answer back) before it counts as missing. */
const ROUND_TIMEOUT_MS = 30_000;
const JOIN_PARALLEL = 16;
/** A scenario plays no further round once this much time has gone (the whole block stays within minutes). */
const SCENARIO_BUDGET_MS = 45_000;
export const GAMES_TARGET_P99_MS = 250;

export type GameScenario = {
  games: number;
  playersPerGame: number;
  rounds: number;
  joined: number;
  /** Milliseconds from the host's request to each player's stream holding the question, every round. */
  latencyMs: { p50: number; p99: number; max: number; samples: number; missing: number };
  answers: { sent: number; acknowledged: number; refused: number; perSecond: number; refusedBy: Record<string, number> };
  /** Acknowledged answers found in GameAnswer afterwards, and those that were not. */
  stored: number;
  lost: number;
  /** Resident memory of the server's process tree, MiB: before the players joined, and with every stream open after the last round. */
  rssMiB: { before: number; after: number };
  seconds: number;
};

export type GamesResult = { engine: "SQLite"; database: string; single: GameScenario; many: GameScenario };

type Player = { gameId: string; playerId: string; cookie: string; abort: AbortController; onState: ((view: PlayerView) => void) | null; states: number };
type PlayerView = { phase: string; questionIndex: number; question: { options?: string[] } | null };

/** Resident set of a process and its descendants, from /proc (Linux), in MiB. */
function treeRssMiB(pid: number): number {
  const kids = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while being read
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop() as number;
    total += rss.get(p) ?? 0;
    stack.push(...(kids.get(p) ?? []));
  }
  return total / 1024;
}

/** The bench's teacher, inserted into the fresh database as the seed inserts users. */
async function insertTeacher(file: string) {
  const now = new Date();
  const row: Record<string, SeedValue> = { id: teacherId(0), email: teacherEmail(0), name: "Bench teacher", passwordHash: await hashPassword(BENCH_PASSWORD), role: "teacher", timeZone: "UTC", createdAt: now, updatedAt: now };
  const columns = columnsOf("User");
  const db = new Database(file);
  db.prepare(`INSERT INTO "User" (${columns.map(([c]) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(
    ...columns.map(([c, kind]) => toSqlite(kind, row[c] ?? null)),
  );
  db.close();
}

async function post(url: string, cookie: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
}

/** Opens the player's stream and calls onState with each snapshot; resolves once the first has come. */
function openStream(origin: string, player: Player): Promise<void> {
  return new Promise((resolve, reject) => {
    const first = setTimeout(() => reject(new Error("a player's stream sent nothing for 30 s")), ROUND_TIMEOUT_MS);
    void (async () => {
      const response = await fetch(`${origin}/api/games/${player.gameId}/events?as=player`, { headers: { cookie: player.cookie, accept: "text/event-stream" }, signal: player.abort.signal });
      if (response.status !== 200 || !response.body) throw new Error(`the stream answered ${response.status}`);
      const decoder = new TextDecoder();
      let buffer = "";
      const reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        buffer += decoder.decode(read.value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = event.split("\n");
          if (!lines.includes("event: state")) continue;
          const data = lines.filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
          player.states++;
          clearTimeout(first);
          resolve();
          player.onState?.(JSON.parse(data) as PlayerView);
        }
      }
    })().catch((error: unknown) => {
      clearTimeout(first);
      if (!player.abort.signal.aborted) reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

/** Resolves with each player's first snapshot showing question `index`, null for those that did not get it in time. */
function waitForQuestion(players: Player[], index: number): Promise<(PlayerView & { at: number } | null)[]> {
  return Promise.all(
    players.map(
      (p) =>
        new Promise<(PlayerView & { at: number }) | null>((resolve) => {
          const timer = setTimeout(() => resolve(null), ROUND_TIMEOUT_MS);
          p.onState = (view) => {
            if (view.phase !== "question" || view.questionIndex !== index || !view.question) return;
            clearTimeout(timer);
            p.onState = null;
            resolve({ ...view, at: performance.now() });
          };
        }),
    ),
  );
}

/** Until no stream has received anything for `quietMs` (the fan-out of the last answers has settled), at most 10 s. */
async function settle(players: Player[], quietMs = 300) {
  const started = performance.now();
  let last = -1;
  for (;;) {
    const total = players.reduce((n, p) => n + p.states, 0);
    if (total === last || performance.now() - started > 10_000) return;
    last = total;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

async function runScenario(server: BenchServer, database: string, host: string, questionIds: string[], games: number, playersPerGame: number, log: (m: string) => void): Promise<GameScenario> {
  const started = performance.now();
  const { origin } = server;
  const rssBefore = treeRssMiB(server.pid);
  const made = await Promise.all(
    Array.from({ length: games }, async () => {
      const response = await post(`${origin}/api/games`, host, { source: "questions", questionIds, count: questionIds.length, seconds: 120 });
      if (response.status !== 201) throw new Error(`hosting a game answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as { id: string; pin: string };
    }),
  );
  const wanted = made.flatMap((game, g) => Array.from({ length: playersPerGame }, (_, i) => ({ game, nickname: `P${g}-${i}` })));
  const players: Player[] = [];
  for (let i = 0; i < wanted.length; i += JOIN_PARALLEL) {
    const batch = await Promise.all(
      wanted.slice(i, i + JOIN_PARALLEL).map(async ({ game, nickname }) => {
        const response = await post(`${origin}/api/games/join`, "", { pin: game.pin, nickname });
        if (response.status !== 201) throw new Error(`joining answered ${response.status}: ${await response.text()}`);
        const body = (await response.json()) as { gameId: string; playerId: string };
        return { gameId: body.gameId, playerId: body.playerId, cookie: mergeCookies("", response), abort: new AbortController(), onState: null, states: 0 } satisfies Player;
      }),
    );
    players.push(...batch);
  }
  log(`games: ${players.length} players joined ${games} game${games === 1 ? "" : "s"}; opening their streams`);
  const byGame = made.map((g) => players.filter((p) => p.gameId === g.id));
  const latencies: number[] = [];
  let missing = 0;
  const answers = { sent: 0, acknowledged: 0, refused: 0, perSecond: 0, refusedBy: {} as Record<string, number> };
  let rounds = 0;
  const acknowledged = new Set<string>();
  let answerMs = 0;
  let rssAfter = rssBefore;
  try {
    for (let i = 0; i < players.length; i += 50) await Promise.all(players.slice(i, i + 50).map((p) => openStream(origin, p)));
    for (let round = 0; round < GAME_ROUNDS; round++) {
      await settle(players);
      // Each host's "start" (then "next") at the same moment; each player's time counts from their own game's.
      const views = await Promise.all(
        made.map(async (game, g) => {
          const waiting = waitForQuestion(byGame[g] ?? [], round);
          const t0 = performance.now();
          const response = await post(`${origin}/api/games/${game.id}/control`, host, { action: round === 0 ? "start" : "next" });
          if (response.status !== 200) throw new Error(`"${round === 0 ? "start" : "next"}" answered ${response.status}: ${await response.text()}`);
          return (await waiting).map((v) => (v ? { ms: v.at - t0, options: v.question?.options ?? [] } : null));
        }),
      );
      const held = new Map<Player, string[]>();
      views.forEach((inGame, g) => inGame.forEach((v, i) => {
        const player = byGame[g]?.[i];
        if (!v || !player) missing++;
        else {
          latencies.push(v.ms);
          held.set(player, v.options);
        }
      }));
      // Every player answers at once, once everyone holds the question: the burst a classroom makes.
      const answerStart = performance.now();
      await Promise.all(
        players.map(async (p, i) => {
          const options = held.get(p);
          if (!options?.length) return;
          answers.sent++;
          const choice = options[i % options.length] as string;
          const response = await post(`${origin}/api/games/${p.gameId}/answers`, p.cookie, { questionIndex: round, response: { kind: "choice", choice } }).catch((error: unknown) => String((error as { cause?: unknown }).cause ?? error));
          const body = typeof response === "string" ? {} : ((await response.json().catch(() => ({}))) as { received?: boolean; error?: { code?: string } });
          if (typeof response !== "string" && (response.status === 201 || response.status === 200) && "received" in body && body.received) {
            answers.acknowledged++;
            acknowledged.add(`${p.playerId}:${round}`);
          } else {
            answers.refused++;
            const why = typeof response === "string" ? response.slice(0, 60) : `${response.status} ${"error" in body ? (body.error?.code ?? "") : ""}`;
            answers.refusedBy[why] = (answers.refusedBy[why] ?? 0) + 1;
          }
        }),
      );
      answerMs += performance.now() - answerStart;
      log(`games: round ${round + 1} of ${GAME_ROUNDS}: p99 so far ${percentile(latencies, 99).toFixed(0)} ms, ${answers.acknowledged} answers acknowledged`);
      await Promise.all(made.map((game) => post(`${origin}/api/games/${game.id}/control`, host, { action: "reveal" })));
      rounds++;
      if (performance.now() - started > SCENARIO_BUDGET_MS) break;
    }
    await settle(players);
    rssAfter = treeRssMiB(server.pid);
    await Promise.all(made.map((game) => post(`${origin}/api/games/${game.id}/control`, host, { action: "end" })));
  } finally {
    for (const p of players) p.abort.abort();
  }
  answers.perSecond = answers.acknowledged / (answerMs / 1000);
  // What the database holds: every acknowledged (player, question) pair must be there.
  const db = new Database(database, { readonly: true });
  const rows = db
    .prepare(`SELECT "playerId", "questionIndex" FROM "GameAnswer" WHERE "gameId" IN (${made.map(() => "?").join(", ")})`)
    .all(...made.map((g) => g.id)) as { playerId: string; questionIndex: number }[];
  db.close();
  const stored = new Set(rows.map((r) => `${r.playerId}:${r.questionIndex}`));
  const lost = [...acknowledged].filter((k) => !stored.has(k)).length;
  return {
    games,
    playersPerGame,
    rounds,
    joined: players.length,
    latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies), samples: latencies.length, missing },
    answers,
    stored: acknowledged.size - lost,
    lost,
    rssMiB: { before: rssBefore, after: rssAfter },
    seconds: (performance.now() - started) / 1000,
  };
}

/** Multiple-choice questions of the bank, for games whose answers are all of one shape. */
function choiceQuestions(bank: QuestionBank, count: number): string[] {
  return [...bank.questions.values()].filter((q) => q.type === "multiple_choice").slice(0, count).map((q) => q.id);
}

export async function measureGames(bank: QuestionBank, log: (m: string) => void): Promise<GamesResult> {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, "games.db");
  const remove = () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => fs.rmSync(file + suffix, { force: true }));
  remove();
  fs.copyFileSync(migratedTemplate(), file);
  await insertTeacher(file);
  const server = await startServer(file, PORT);
  try {
    const host = (await signIn(server.origin, teacherEmail(0), BENCH_PASSWORD)).cookie;
    const questionIds = choiceQuestions(bank, GAME_ROUNDS);
    log("games: one game of 300 players");
    const single = await runScenario(server, file, host, questionIds, 1, 300, log);
    log("games: 10 games of 50 players at once");
    const many = await runScenario(server, file, host, questionIds, 10, 50, log);
    return { engine: "SQLite", database: file, single, many };
  } finally {
    await server.stop();
    remove();
  }
}

export function gamesTargets(r: GamesResult) {
  return [
    { name: "games: next to the last of 300 players, p99", value: `${r.single.latencyMs.p99.toFixed(0)} ms`, target: `< ${GAMES_TARGET_P99_MS} ms`, met: r.single.latencyMs.p99 < GAMES_TARGET_P99_MS && r.single.latencyMs.missing === 0 },
    { name: "games: acknowledged answers lost (both runs)", value: String(r.single.lost + r.many.lost), target: "0", met: r.single.lost + r.many.lost === 0 },
  ];
}

export function formatGames(r: GamesResult): string {
  const f = (x: number) => x.toFixed(0);
  const row = (s: GameScenario) => [
    `${s.games} x ${s.playersPerGame}`,
    `${f(s.latencyMs.p50)} / ${f(s.latencyMs.p99)} / ${f(s.latencyMs.max)}${s.latencyMs.missing ? ` (${s.latencyMs.missing} missing)` : ""}`,
    f(s.answers.perSecond),
    `${s.answers.acknowledged} / ${s.stored} / ${s.lost}`,
    `${f(s.rssMiB.before)} -> ${f(s.rssMiB.after)}`,
  ];
  const rows = [["games x players", "next -> question, ms p50 / p99 / max", "answers acked/s", "acked / stored / lost", "server RSS MiB"], row(r.single), row(r.many)];
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((cells) => (cells[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const [head = [], ...body] = rows;
  const targets = gamesTargets(r);
  const refused = [r.single, r.many].flatMap((s) => Object.entries(s.answers.refusedBy).map(([why, n]) => `  ${s.games} x ${s.playersPerGame}: ${n} answers not acknowledged: ${why}`));
  return [
    `Live games on ${r.engine}, one instance: up to ${GAME_ROUNDS} questions per game (${r.single.rounds} and ${r.many.rounds} played within the time budget),`,
    `every player answering each; latency from the host's start/next to each player's stream holding the question`,
    "",
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...body.map(line),
    "",
    ...targets.map((t) => `  ${t.met ? "met" : "missed"}: ${t.name}: ${t.value} (target ${t.target})`),
    ...refused,
  ].join("\n");
}
