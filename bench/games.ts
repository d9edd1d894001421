// Live games under load (issue 14, point 7): production servers (bench/server) on their own database
// (SQLite under bench/tmp/, one instance; then PostgreSQL on the bench's cluster, two instances with the
// players split between them and the host on the first), a teacher who hosts over the routes a browser
// uses, and simulated players who join with the PIN and a nickname (POST /api/games/join, the guest
// cookie), hold the game's Server-Sent Events stream open and answer each question. Two runs per
// engine: one game of 300 players, then 10 games of 50 at once. Measured: the time from the host's "start"/"next" to each player's stream
// holding that question, answers acknowledged per second, every acknowledged answer found in the
// database afterwards, and the server's memory. Joins succeed, so the PIN limiter (which counts only
// PINs that name no game) never refuses them. Bounded: a few rounds, a timeout on every wait.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import type { QuestionBank } from "@/lib/content/bank";
import { quoteIdent, toPostgres, toSqlite } from "@/lib/db/columns";
import { BENCH_PASSWORD, PORT, TMP } from "./config";
import { mergeCookies, signIn } from "./http";
import { dropDatabase, freshPostgresDatabase } from "./postgres";
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
  /** Resident memory of the servers' process trees together, MiB: before the players joined, and with every stream open after the last round. */
  rssMiB: { before: number; after: number };
  seconds: number;
};

export type EngineGames = { engine: "SQLite" | "PostgreSQL"; instances: number; database: string; single: GameScenario; many: GameScenario };
export type GamesResult = { sqlite: EngineGames; postgres: EngineGames | { skipped: string } };

/** The servers a scenario plays on (players split between them, the host on the first) and what its database stored. */
type Stage = { servers: BenchServer[]; storedPairs: (gameIds: string[]) => Promise<Set<string>> };

type Player = { origin: string; gameId: string; playerId: string; cookie: string; abort: AbortController; onState: ((view: PlayerView) => void) | null; states: number };
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

/** The bench's teacher, inserted into the fresh database (a SQLite file or a PostgreSQL URL) as the seed inserts users. */
async function insertTeacher(database: string) {
  const now = new Date();
  const row: Record<string, SeedValue> = { id: teacherId(0), email: teacherEmail(0), name: "Bench teacher", passwordHash: await hashPassword(BENCH_PASSWORD), role: "teacher", timeZone: "UTC", createdAt: now, updatedAt: now };
  const columns = columnsOf("User");
  const names = columns.map(([c]) => quoteIdent(c)).join(", ");
  if (database.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      await client.query(`INSERT INTO "User" (${names}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`, columns.map(([c, kind]) => toPostgres(kind, row[c] ?? null)));
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(database);
  db.prepare(`INSERT INTO "User" (${names}) VALUES (${columns.map(() => "?").join(", ")})`).run(...columns.map(([c, kind]) => toSqlite(kind, row[c] ?? null)));
  db.close();
}

const ANSWER_PAIRS = (placeholders: string) => `SELECT "playerId", "questionIndex" FROM "GameAnswer" WHERE "gameId" IN (${placeholders})`;

function sqliteAnswers(file: string) {
  return async (gameIds: string[]) => {
    const db = new Database(file, { readonly: true });
    const rows = db.prepare(ANSWER_PAIRS(gameIds.map(() => "?").join(", "))).all(...gameIds) as { playerId: string; questionIndex: number }[];
    db.close();
    return new Set(rows.map((r) => `${r.playerId}:${r.questionIndex}`));
  };
}

function postgresAnswers(url: string) {
  return async (gameIds: string[]) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ playerId: string; questionIndex: number }>(ANSWER_PAIRS(gameIds.map((_, i) => `$${i + 1}`).join(", ")), gameIds);
      return new Set(rows.map((r) => `${r.playerId}:${r.questionIndex}`));
    } finally {
      await client.end();
    }
  };
}

async function post(url: string, cookie: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
}

/** Opens the player's stream on their instance and calls onState with each snapshot; resolves once the first has come. */
function openStream(player: Player): Promise<void> {
  return new Promise((resolve, reject) => {
    const first = setTimeout(() => reject(new Error("a player's stream sent nothing for 30 s")), ROUND_TIMEOUT_MS);
    void (async () => {
      const response = await fetch(`${player.origin}/api/games/${player.gameId}/events?as=player`, { headers: { cookie: player.cookie, accept: "text/event-stream" }, signal: player.abort.signal });
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

async function runScenario(stage: Stage, host: string, questionIds: string[], games: number, playersPerGame: number, log: (m: string) => void): Promise<GameScenario> {
  const started = performance.now();
  const { servers } = stage;
  const origin = servers[0]!.origin;
  // A player's instance, as a load balancer would share them out: the i-th player to join goes to server i mod n.
  const originOf = (i: number) => servers[i % servers.length]!.origin;
  const rss = () => servers.reduce((sum, s) => sum + treeRssMiB(s.pid), 0);
  const rssBefore = rss();
  const made = await Promise.all(
    Array.from({ length: games }, async () => {
      const response = await post(`${origin}/api/games`, host, { source: "questions", questionIds, count: questionIds.length, seconds: 120 });
      if (response.status !== 201) throw new Error(`hosting a game answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as { id: string; pin: string };
    }),
  );
  const wanted = made.flatMap((game, g) => Array.from({ length: playersPerGame }, (_, i) => ({ game, nickname: `P${g}-${i}`, origin: originOf(i) })));
  const players: Player[] = [];
  for (let i = 0; i < wanted.length; i += JOIN_PARALLEL) {
    const batch = await Promise.all(
      wanted.slice(i, i + JOIN_PARALLEL).map(async ({ game, nickname, origin: at }) => {
        const response = await post(`${at}/api/games/join`, "", { pin: game.pin, nickname });
        if (response.status !== 201) throw new Error(`joining answered ${response.status}: ${await response.text()}`);
        const body = (await response.json()) as { gameId: string; playerId: string };
        return { origin: at, gameId: body.gameId, playerId: body.playerId, cookie: mergeCookies("", response), abort: new AbortController(), onState: null, states: 0 } satisfies Player;
      }),
    );
    players.push(...batch);
  }
  log(`games: ${players.length} players joined ${games} game${games === 1 ? "" : "s"} on ${servers.length} instance${servers.length === 1 ? "" : "s"}; opening their streams`);
  const byGame = made.map((g) => players.filter((p) => p.gameId === g.id));
  const latencies: number[] = [];
  let missing = 0;
  const answers = { sent: 0, acknowledged: 0, refused: 0, perSecond: 0, refusedBy: {} as Record<string, number> };
  let rounds = 0;
  const acknowledged = new Set<string>();
  let answerMs = 0;
  let rssAfter = rssBefore;
  try {
    for (let i = 0; i < players.length; i += 50) await Promise.all(players.slice(i, i + 50).map((p) => openStream(p)));
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
          const response = await post(`${p.origin}/api/games/${p.gameId}/answers`, p.cookie, { questionIndex: round, response: { kind: "choice", choice } }).catch((error: unknown) => String((error as { cause?: unknown }).cause ?? error));
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
    rssAfter = rss();
    await Promise.all(made.map((game) => post(`${origin}/api/games/${game.id}/control`, host, { action: "end" })));
  } finally {
    for (const p of players) p.abort.abort();
  }
  answers.perSecond = answers.acknowledged / (answerMs / 1000);
  // What the database holds: every acknowledged (player, question) pair must be there.
  const stored = await stage.storedPairs(made.map((g) => g.id));
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

async function playBoth(stage: Stage, engine: EngineGames["engine"], database: string, bank: QuestionBank, log: (m: string) => void): Promise<EngineGames> {
  const host = (await signIn(stage.servers[0]!.origin, teacherEmail(0), BENCH_PASSWORD)).cookie;
  const questionIds = choiceQuestions(bank, GAME_ROUNDS);
  const where = `${engine}, ${stage.servers.length} instance${stage.servers.length === 1 ? "" : "s"}`;
  log(`games (${where}): one game of 300 players`);
  const single = await runScenario(stage, host, questionIds, 1, 300, log);
  log(`games (${where}): 10 games of 50 players at once`);
  const many = await runScenario(stage, host, questionIds, 10, 50, log);
  return { engine, instances: stage.servers.length, database, single, many };
}

/**
 * The block: SQLite with one instance, then (given the bench's PostgreSQL cluster at `postgresBase`)
 * PostgreSQL with two instances of the same build on one database, notices crossing by LISTEN/NOTIFY.
 */
export async function measureGames(bank: QuestionBank, log: (m: string) => void, postgres: { base: string } | { skipped: string }): Promise<GamesResult> {
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, "games.db");
  const remove = () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => fs.rmSync(file + suffix, { force: true }));
  remove();
  fs.copyFileSync(migratedTemplate(), file);
  await insertTeacher(file);
  let sqlite: EngineGames;
  const server = await startServer(file, PORT, { benchRoutes: false });
  try {
    sqlite = await playBoth({ servers: [server], storedPairs: sqliteAnswers(file) }, "SQLite", file, bank, log);
  } finally {
    await server.stop();
    remove();
  }
  if ("skipped" in postgres) return { sqlite, postgres };
  const url = await freshPostgresDatabase(postgres.base, "overflight_bench_games_test");
  await insertTeacher(url);
  const servers: BenchServer[] = [];
  try {
    for (const port of [PORT, PORT + 1]) servers.push(await startServer(url, port, { benchRoutes: false }));
    return { sqlite, postgres: await playBoth({ servers, storedPairs: postgresAnswers(url) }, "PostgreSQL", url.replace(/\/\/[^@]*@/, "//"), bank, log) };
  } finally {
    for (const s of servers) await s.stop();
    await dropDatabase(url);
  }
}

const played = (r: GamesResult): EngineGames[] => [r.sqlite, ...("skipped" in r.postgres ? [] : [r.postgres])];

export function gamesTargets(r: GamesResult) {
  return played(r).flatMap((e) => [
    {
      name: `games (${e.engine}, ${e.instances} instance${e.instances === 1 ? "" : "s"}): next to the last of 300 players, p99`,
      value: `${e.single.latencyMs.p99.toFixed(0)} ms`,
      target: `< ${GAMES_TARGET_P99_MS} ms`,
      met: e.single.latencyMs.p99 < GAMES_TARGET_P99_MS && e.single.latencyMs.missing === 0,
    },
    { name: `games (${e.engine}): acknowledged answers lost (both runs)`, value: String(e.single.lost + e.many.lost), target: "0", met: e.single.lost + e.many.lost === 0 },
  ]);
}

export function formatGames(r: GamesResult): string {
  const f = (x: number) => x.toFixed(0);
  const row = (e: EngineGames, s: GameScenario) => [
    `${e.engine}, ${e.instances}`,
    `${s.games} x ${s.playersPerGame}`,
    `${f(s.latencyMs.p50)} / ${f(s.latencyMs.p99)} / ${f(s.latencyMs.max)}${s.latencyMs.missing ? ` (${s.latencyMs.missing} missing)` : ""}`,
    `${s.rounds}`,
    f(s.answers.perSecond),
    `${s.answers.acknowledged} / ${s.stored} / ${s.lost}`,
    `${f(s.rssMiB.before)} -> ${f(s.rssMiB.after)}`,
  ];
  const rows = [
    ["engine, instances", "games x players", "next -> question, ms p50 / p99 / max", "questions", "answers acked/s", "acked / stored / lost", "servers' RSS MiB"],
    ...played(r).flatMap((e) => [row(e, e.single), row(e, e.many)]),
  ];
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((cells) => (cells[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const [head = [], ...body] = rows;
  const targets = gamesTargets(r);
  const refused = played(r).flatMap((e) =>
    [e.single, e.many].flatMap((s) => Object.entries(s.answers.refusedBy).map(([why, n]) => `  ${e.engine} ${s.games} x ${s.playersPerGame}: ${n} answers not acknowledged: ${why}`)),
  );
  return [
    `Live games: up to ${GAME_ROUNDS} questions per game (no new one after ${SCENARIO_BUDGET_MS / 1000} s), every player answering each;`,
    `latency from the host's start/next to each player's stream holding the question; players split evenly between the instances`,
    "",
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...body.map(line),
    "",
    ...("skipped" in r.postgres ? [`  PostgreSQL not measured: ${r.postgres.skipped}`] : []),
    ...targets.map((t) => `  ${t.met ? "met" : "missed"}: ${t.name}: ${t.value} (target ${t.target})`),
    ...refused,
  ].join("\n");
}
