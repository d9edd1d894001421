// npm run bench -- --only=tail [--sizes=10x] [--connections=N] [--unsynced] [--warm] [--postgres]: where
// the review route's slowest requests wait, and what a review costs. One database of the size (SQLite, or
// with --postgres the bench's cluster), one server traced by bench/trace-preload.mjs (the event loop's
// late turns, GC pauses, SQLite's synchronous calls, PostgreSQL's round trips by statement) and
// profiled (--cpu-prof), then the trivial route and the review load at N connections (64 unless told),
// each response kept with when it came back and which of its learner's it was. It prints whether the
// slow reviews came back together (the whole process stopped: what ran then, from the profile's samples
// in each stall) or spread out (they queued behind others). --unsynced leaves the seed in the page cache,
// as the bench did until 2026-12-04; --warm runs the load once first, unrecorded, so a cause per learner
// goes and one per connection stays. The CPU that the server and (--postgres) the database's processes
// spent during each load is read from /proc, per request, and the main thread's profile is summed per
// request of each load (its windows go to bench/tmp/tail-windows.json, for reading the profile further).
// Nothing is written to results.json: this is for finding the cause.
import fs from "node:fs";
import path from "node:path";
import type { BenchContent } from "./seed";
import { BENCH_PASSWORD, PORT, SIGNED_IN_LEARNERS, TMP, type SeedSize } from "./config";
import { signInAll } from "./http";
import { loadEcho, loadReviews, type LoadResult } from "./load";
import { summarizeProfile, summarizeStalls, type ProfileSummary, type StallSummary } from "./profile";
import { dropDatabase, seedPostgres, startBenchPostgres, stopBenchPostgres } from "./postgres";
import { learnerEmail, passwordHashes, seedSqlite } from "./seed";
import { startServer } from "./server";
import { percentile } from "./stats";

type Trace = {
  delay: { p50: number; p99: number; max: number };
  /** One reading of both clocks: epoch ms and the CPU profile's microseconds at the same moment. */
  clock: { epochMs: number; monoUs: number };
  stalls: { endedAt: number; endedAtUs: number; ms: number }[];
  gc: { endedAt: number; ms: number; kind: string }[];
  sqlite: { commits: [number, number][]; slow: { endedAt: number; ms: number; sql: string }[]; msBySecond: Record<string, number> };
  /** PostgreSQL: each statement's round trips, [when the answer came (epoch ms), ms from the call]. */
  pg: Record<string, [number, number][]>;
};
/** nth: the learner's how-many-th response this is (1 for their first). */
type Response = { at: number; ms: number; learner: number; status: number; nth: number };

export type TailResult = {
  engine: "SQLite" | "PostgreSQL";
  size: string;
  unsynced: boolean;
  connections: number;
  trivial: LoadResult;
  review: LoadResult;
  /**
   * The reviews slower than 4x the trivial route's p99: how many, from how many learners, how many other
   * responses came back while each waited (0: the whole server stood still), and how many came back in
   * each half second of the load (bunched: one stop held them all; spread: they queued).
   */
  slow: { count: number; threshold: number; learners: number; alongsideMedian: number; byHalfSecond: number[]; nth: number[] };
  trace: Trace;
  stalls: StallSummary[];
  /** CPU milliseconds per review during the review load: the server's process, its main thread, and the database's processes (PostgreSQL only). */
  cpuPerReview: { server: number; mainThread: number; database: number | null };
  /** The same per trivial request, during the trivial load. */
  cpuPerTrivial: { server: number; mainThread: number };
  /** The main thread's profile per request, by function (self time) and by package or folder (inclusive), in each load. */
  profilePerRequest: { trivial: ProfileSummary; review: ProfileSummary } | null;
};

/** CPU seconds (user and system) spent so far by the processes (or a process's threads: `dir` /proc/<pid>/task) `pick` keeps. */
function cpuSeconds(pick: (pid: number, comm: string) => boolean, dir = "/proc"): number {
  let ticks = 0;
  for (const entry of fs.readdirSync(dir)) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = fs.readFileSync(`${dir}/${pid}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces; the fields after it are numbered from 3.
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      if (!pick(pid, comm)) continue;
      const fields = stat.slice(close + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / 100;
}

/** Responses that completed while `r` was in flight: 0 means the whole server was stopped while it waited. */
function alongside(r: Response, all: readonly Response[]): number {
  const from = r.at - r.ms;
  return all.filter((o) => o !== r && o.at > from && o.at < r.at).length;
}

type TailOptions = { unsynced?: boolean; warm?: boolean; postgres?: boolean };

export async function measureTail(size: SeedSize, content: BenchContent, connections: number, log: (message: string) => void, options: TailOptions = {}): Promise<TailResult> {
  if (!options.postgres) return measureTailOn("SQLite", size, content, connections, log, options);
  log("tail: starting the bench's PostgreSQL cluster (fsync on)");
  const cluster = await startBenchPostgres();
  if ("skipped" in cluster) throw new Error(`--postgres: ${cluster.skipped}`);
  try {
    return await measureTailOn("PostgreSQL", size, content, connections, log, { ...options, cluster: cluster.url });
  } finally {
    stopBenchPostgres();
  }
}

async function measureTailOn(
  engine: TailResult["engine"],
  size: SeedSize,
  content: BenchContent,
  connections: number,
  log: (message: string) => void,
  { unsynced = false, warm = false, cluster }: TailOptions & { cluster?: string },
): Promise<TailResult> {
  const now = new Date();
  log(`tail: seeding ${engine} ${size.name}${unsynced ? ", left unsynced in the page cache" : ""}`);
  const hashes = await passwordHashes(now);
  const seed = cluster ? await seedPostgres(cluster, size, content, now, hashes) : await seedSqlite(size, content, now, hashes, { unsynced });
  const seeded = Date.now();
  const traceFile = path.join(TMP, "trace.json");
  const profDir = path.join(TMP, "prof");
  fs.rmSync(traceFile, { force: true });
  fs.rmSync(profDir, { recursive: true, force: true });
  const server = await startServer(seed.database, PORT, { cpuProfile: true, trace: traceFile });
  let trivial: LoadResult;
  let review: LoadResult;
  const responses: Response[] = [];
  let loadStarted = 0;
  let cpu = { server: 0, mainThread: 0, database: 0 };
  let trivialCpu = { server: 0, mainThread: 0 };
  let trivialWindow = { from: 0, to: 0 };
  const serverCpu = () => cpuSeconds((pid) => pid === server.pid);
  const mainThreadCpu = () => cpuSeconds((tid) => tid === server.pid, `/proc/${server.pid}/task`);
  const databaseCpu = () => cpuSeconds((_, comm) => comm === "postgres");
  try {
    const learners = Array.from({ length: Math.min(connections, SIGNED_IN_LEARNERS - 1) }, (_, i) => i);
    if (learners.length < connections) throw new Error(`--connections: at most ${SIGNED_IN_LEARNERS - 1} learners are signed in`);
    const sessions = await signInAll(server.origin, learners.map(learnerEmail), BENCH_PASSWORD);
    log(`tail: trivial route, then reviews, at ${connections} connections`);
    const beforeTrivial = { server: serverCpu(), mainThread: mainThreadCpu(), at: Date.now() };
    trivial = await loadEcho(server.origin, connections);
    trivialCpu = { server: serverCpu() - beforeTrivial.server, mainThread: mainThreadCpu() - beforeTrivial.mainThread };
    trivialWindow = { from: beforeTrivial.at, to: Date.now() };
    if (unsynced) {
      // The kernel writes dirty pages back once they are 30 s old: the full bench's loads came that late.
      const wait = seeded + 31_000 - Date.now();
      log(`tail: waiting ${Math.max(0, wait / 1000).toFixed(0)} s, until the seed's pages are 30 s old`);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    if (warm) {
      // The same load once before, not recorded: in the recorded one every learner has been seen by this
      // server, but every connection is new again. What stays slow is per connection, what goes per learner.
      log("tail: a first review load, not recorded (--warm)");
      await loadReviews({ origin: server.origin, database: seed.database, sessions: sessions.map((session, learner) => ({ learner, session })), content, tag: `w${Date.now().toString(36)}` }, connections);
    }
    loadStarted = Date.now();
    const before = { server: serverCpu(), mainThread: mainThreadCpu(), database: cluster ? databaseCpu() : 0 };
    review = await loadReviews(
      {
        origin: server.origin,
        database: seed.database,
        sessions: sessions.map((session, learner) => ({ learner, session })),
        content,
        tag: `t${Date.now().toString(36)}`,
        onResponse: (learner, status, ms, nth) => responses.push({ at: Date.now(), ms, learner, status, nth }),
      },
      connections,
    );
    cpu = { server: serverCpu() - before.server, mainThread: mainThreadCpu() - before.mainThread, database: cluster ? databaseCpu() - before.database : 0 };
  } finally {
    await server.stop();
    if (cluster) await dropDatabase(seed.database);
    else for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(seed.database + suffix, { force: true });
  }
  const trace = JSON.parse(fs.readFileSync(traceFile, "utf8")) as Trace;
  const profile = fs.readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
  const threshold = Math.max(4 * trivial.p99Ms, 100);
  const slow = responses.filter((r) => r.ms >= threshold);
  const loadEnded = Math.max(loadStarted, ...responses.map((r) => r.at));
  const byHalfSecond = Array.from({ length: Math.ceil((loadEnded - loadStarted) / 500) || 1 }, () => 0);
  for (const r of slow) byHalfSecond[Math.min(byHalfSecond.length - 1, Math.floor((r.at - loadStarted) / 500))]! += 1;
  // The stalls of the review load only (start-up and sign-in have their own).
  const inLoad = (at: number) => at >= loadStarted && at <= loadEnded;
  const during: Trace = {
    ...trace,
    stalls: trace.stalls.filter((x) => inLoad(x.endedAt)),
    gc: trace.gc.filter((x) => inLoad(x.endedAt)),
    sqlite: {
      commits: trace.sqlite.commits.filter(([at]) => inLoad(at)),
      slow: trace.sqlite.slow.filter((x) => inLoad(x.endedAt)),
      msBySecond: Object.fromEntries(Object.entries(trace.sqlite.msBySecond).filter(([second]) => inLoad(Number(second) * 1000))),
    },
    pg: Object.fromEntries(Object.entries(trace.pg ?? {}).map(([name, trips]) => [name, trips.filter(([at]) => inLoad(at))])),
  };
  const reviews = Object.values(review.statusCodes).reduce((sum, n) => sum + n, 0) || 1;
  // For reading the profile further (by source file, through the build's source maps): each load's window and requests.
  fs.writeFileSync(path.join(TMP, "tail-windows.json"), JSON.stringify({ trivial: { ...trivialWindow, requests: trivial.requests }, review: { from: loadStarted, to: loadEnded, requests: reviews } }));
  const trivials = Object.values(trivial.statusCodes).reduce((sum, n) => sum + n, 0) || 1;
  // The profile per request of each load: its samples in the load's window, divided by its requests.
  const toUs = (epochMs: number) => trace.clock.monoUs + (epochMs - trace.clock.epochMs) * 1000;
  const perRequest = (from: number, to: number, requests: number): ProfileSummary => {
    const s = summarizeProfile(path.join(profDir, profile as string), 12, { fromUs: toUs(from), toUs: toUs(to) });
    const per = (ms: number) => ms / requests;
    return { totalMs: per(s.totalMs), idleMs: per(s.idleMs), topSelf: s.topSelf.map((x) => ({ ...x, ms: per(x.ms) })), byArea: s.byArea.map((x) => ({ ...x, ms: per(x.ms) })) };
  };
  return {
    engine,
    size: size.name,
    unsynced,
    connections,
    trivial,
    review,
    slow: {
      count: slow.length,
      threshold,
      learners: new Set(slow.map((r) => r.learner)).size,
      alongsideMedian: slow.length ? percentile(slow.map((r) => alongside(r, responses)), 50) : 0,
      byHalfSecond,
      nth: slow.map((r) => r.nth).sort((a, b) => a - b),
    },
    trace: during,
    stalls: profile ? summarizeStalls(path.join(profDir, profile), during.stalls) : [],
    cpuPerReview: { server: (cpu.server * 1000) / reviews, mainThread: (cpu.mainThread * 1000) / reviews, database: cluster ? (cpu.database * 1000) / reviews : null },
    cpuPerTrivial: { server: (trivialCpu.server * 1000) / trivials, mainThread: (trivialCpu.mainThread * 1000) / trivials },
    profilePerRequest: profile
      ? { trivial: perRequest(trivialWindow.from, trivialWindow.to, trivials), review: perRequest(loadStarted, loadEnded, reviews) }
      : null,
  };
}

/** A load's throughput and latency, with the requests it kept in flight and its connections' first requests. */
const loadLine = (l: LoadResult) =>
  `${l.requestsPerSecond.toFixed(0)} req/s, p50 ${l.p50Ms} / p99 ${l.p99Ms} ms, ${l.inFlight.toFixed(1)} in flight on average` +
  ` (first requests, one connection at a time: p50 ${l.firstRequest.p50Ms} / max ${l.firstRequest.maxMs} ms${l.reopened ? `; ${l.reopened} reopened` : ""})`;

export function formatTail(t: TailResult): string {
  const lines = [
    `tail: ${t.engine} ${t.size}, ${t.connections} connections${t.unsynced ? ", the seed left unsynced" : ""}`,
    `  trivial: ${loadLine(t.trivial)}`,
    `  review:  ${loadLine(t.review)}, statuses ${JSON.stringify(t.review.statusCodes)}`,
    `  slow reviews (>= ${t.slow.threshold} ms): ${t.slow.count}, from ${t.slow.learners} learners; median responses that came back while one waited: ${t.slow.alongsideMedian}`,
    `  slow reviews by half second of the load: ${t.slow.byHalfSecond.join(" ")}`,
    `  which of its learner's responses each slow one was (1: the learner's first): ${t.slow.nth.join(" ")}`,
    `  event loop delay (whole run): p50 ${t.trace.delay.p50} / p99 ${t.trace.delay.p99} / max ${t.trace.delay.max} ms; during the review load, turns 40 ms or more late: ${t.trace.stalls.length}, ${t.trace.stalls.reduce((s, x) => s + x.ms, 0)} ms in all`,
    `  GC pauses >= 10 ms: ${t.trace.gc.length} (${t.trace.gc.map((g) => `${g.kind} ${g.ms}`).join(", ") || "none"})`,
  ];
  const commits = t.trace.sqlite.commits.map(([, ms]) => ms);
  const seconds = Object.values(t.trace.sqlite.msBySecond);
  if (commits.length) {
    lines.push(
      `  SQLite on the event loop: ${seconds.map((ms) => ms.toFixed(0)).join(" ")} ms in each second of the load; ` +
        `${commits.length} COMMITs, p50 ${percentile(commits, 50).toFixed(1)} / p99 ${percentile(commits, 99).toFixed(1)} / max ${Math.max(...commits).toFixed(1)} ms`,
    );
    for (const x of t.trace.sqlite.slow.slice(0, 8)) lines.push(`  slow statement ${x.ms} ms: ${x.sql}`);
  }
  const { server, mainThread, database } = t.cpuPerReview;
  lines.push(`  CPU per review during the load: server ${server.toFixed(2)} ms (its main thread ${mainThread.toFixed(2)})${database === null ? "" : `, PostgreSQL's processes ${database.toFixed(2)} ms`}`);
  lines.push(`  CPU per trivial request during its load: server ${t.cpuPerTrivial.server.toFixed(2)} ms (its main thread ${t.cpuPerTrivial.mainThread.toFixed(2)})`);
  if (t.profilePerRequest) {
    for (const [name, p] of Object.entries(t.profilePerRequest)) {
      const ms = (x: number) => `${(x * 1000).toFixed(0)} µs`;
      lines.push(`  main thread per ${name} request (profile): ${ms(p.totalMs - p.idleMs)} busy`);
      lines.push(`    by area: ${p.byArea.filter((a) => a.area !== "(native)").slice(0, 8).map((a) => `${a.area} ${ms(a.ms)}`).join(", ")}`);
      lines.push(`    by function: ${p.topSelf.filter((f) => !f.name.startsWith("(idle)")).slice(0, 10).map((f) => `${f.name} ${ms(f.ms)}`).join(", ")}`);
    }
  }
  const reviews = Object.values(t.review.statusCodes).reduce((sum, n) => sum + n, 0) || 1;
  const statements = Object.entries(t.trace.pg).filter(([, trips]) => trips.length).sort(([, a], [, b]) => b.length - a.length);
  if (statements.length) lines.push(`  PostgreSQL round trips during the load: ${(statements.reduce((n, [, trips]) => n + trips.length, 0) / reviews).toFixed(2)} per review`);
  for (const [name, trips] of statements.slice(0, 12)) {
    const ms = trips.map(([, m]) => m);
    lines.push(`  ${(trips.length / reviews).toFixed(2)} per review, p50 ${percentile(ms, 50).toFixed(2)} / p99 ${percentile(ms, 99).toFixed(2)} ms: ${name}`);
  }
  for (const s of t.stalls.slice(0, 12)) lines.push(`  stall ${s.ms} ms: ${s.frames.map((f) => `${f.name} ${f.ms} ms`).join("; ")}`);
  return lines.join("\n");
}
