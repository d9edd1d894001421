// npm run bench -- --only=tail [--sizes=10x] [--connections=N] [--unsynced] [--warm]: where the review
// route's slowest requests wait. One SQLite database of the size, one server traced by
// bench/trace-preload.mjs (the event loop's late turns, GC pauses, SQLite's synchronous calls) and
// profiled (--cpu-prof), then the trivial route and the review load at N connections (64 unless told),
// each response kept with when it came back and which of its learner's it was. It prints whether the
// slow reviews came back together (the whole process stopped: what ran then, from the profile's samples
// in each stall) or spread out (they queued behind others). --unsynced leaves the seed in the page cache,
// as the bench did until 2026-12-04; --warm runs the load once first, unrecorded, so a cause per learner
// goes and one per connection stays. Nothing is written to results.json: this is for finding the cause.
import fs from "node:fs";
import path from "node:path";
import type { BenchContent } from "./seed";
import { BENCH_PASSWORD, PORT, SIGNED_IN_LEARNERS, TMP, type SeedSize } from "./config";
import { signInAll } from "./http";
import { loadEcho, loadReviews, type LoadResult } from "./load";
import { summarizeStalls, type StallSummary } from "./profile";
import { learnerEmail, passwordHashes, seedSqlite } from "./seed";
import { startServer } from "./server";
import { percentile } from "./stats";

type Trace = {
  delay: { p50: number; p99: number; max: number };
  stalls: { endedAt: number; endedAtUs: number; ms: number }[];
  gc: { endedAt: number; ms: number; kind: string }[];
  sqlite: { commits: [number, number][]; slow: { endedAt: number; ms: number; sql: string }[]; msBySecond: Record<string, number> };
};
/** nth: the learner's how-many-th response this is (1 for their first). */
type Response = { at: number; ms: number; learner: number; status: number; nth: number };

export type TailResult = {
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
};

/** Responses that completed while `r` was in flight: 0 means the whole server was stopped while it waited. */
function alongside(r: Response, all: readonly Response[]): number {
  const from = r.at - r.ms;
  return all.filter((o) => o !== r && o.at > from && o.at < r.at).length;
}

export async function measureTail(size: SeedSize, content: BenchContent, connections: number, log: (message: string) => void, { unsynced = false, warm = false } = {}): Promise<TailResult> {
  const now = new Date();
  log(`tail: seeding SQLite ${size.name}${unsynced ? ", left unsynced in the page cache" : ""}`);
  const seed = await seedSqlite(size, content, now, await passwordHashes(now), { unsynced });
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
  const counts = new Map<number, number>();
  try {
    const learners = Array.from({ length: Math.min(connections, SIGNED_IN_LEARNERS - 1) }, (_, i) => i);
    if (learners.length < connections) throw new Error(`--connections: at most ${SIGNED_IN_LEARNERS - 1} learners are signed in`);
    const sessions = await signInAll(server.origin, learners.map(learnerEmail), BENCH_PASSWORD);
    log(`tail: trivial route, then reviews, at ${connections} connections`);
    trivial = await loadEcho(server.origin, connections);
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
    review = await loadReviews(
      {
        origin: server.origin,
        database: seed.database,
        sessions: sessions.map((session, learner) => ({ learner, session })),
        content,
        tag: `t${Date.now().toString(36)}`,
        onResponse: (learner, status, ms) => {
          const nth = (counts.get(learner) ?? 0) + 1;
          counts.set(learner, nth);
          responses.push({ at: Date.now(), ms, learner, status, nth });
        },
      },
      connections,
    );
  } finally {
    await server.stop();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(seed.database + suffix, { force: true });
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
  };
  return {
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
  };
}

export function formatTail(t: TailResult): string {
  const lines = [
    `tail: SQLite ${t.size}, ${t.connections} connections${t.unsynced ? ", the seed left unsynced" : ""}`,
    `  trivial: ${t.trivial.requestsPerSecond.toFixed(0)} req/s, p50 ${t.trivial.p50Ms} / p99 ${t.trivial.p99Ms} ms`,
    `  review:  ${t.review.requestsPerSecond.toFixed(0)} req/s, p50 ${t.review.p50Ms} / p99 ${t.review.p99Ms} ms, statuses ${JSON.stringify(t.review.statusCodes)}`,
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
  for (const s of t.stalls.slice(0, 12)) lines.push(`  stall ${s.ms} ms: ${s.frames.map((f) => `${f.name} ${f.ms} ms`).join("; ")}`);
  return lines.join("\n");
}
