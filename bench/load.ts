// Review recording under load: autocannon drives POST /api/reviews from many signed-in learners at
// once, each connection one learner rating its own cards with the version it last saw, so requests
// are valid 201s; the trivial POST route of the same build gets the same connections and time.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgres } from "@/lib/env";
import type { Session } from "./http";
import type { BenchContent } from "./seed";
import { learnerId } from "./seed";
import { LOAD_SECONDS, MAX_REQUESTS } from "./config";
import { percentile } from "./stats";

export type LoadResult = {
  requestsPerSecond: number;
  /** Latency of the requests on connections already open: each connection's first request is left out (see firstRequest). */
  p50Ms: number;
  p99Ms: number;
  /**
   * Each connection's first request, apart. Node (libuv 1.45 and later) accepts one new connection per
   * turn of the event loop, so when the load opens all its connections at once on a saturated server the
   * last is accepted many turns later and its first request waits seconds, whatever the route does. A
   * proxy or a browser keeps its connections open; the route's own tail is the other requests'.
   */
  firstRequest: { p50Ms: number; maxMs: number };
  /** autocannon's own p99, every request counted. */
  p99AllMs: number;
  requests: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
};

type Latencies = { first: number[]; later: number[] };

function summarize(result: autocannon.Result, latencies: Latencies): LoadResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  const requests = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    requestsPerSecond: requests / result.duration,
    p50Ms: round(percentile(latencies.later, 50)),
    p99Ms: round(percentile(latencies.later, 99)),
    firstRequest: { p50Ms: round(percentile(latencies.first, 50)), maxMs: round(Math.max(0, ...latencies.first)) },
    p99AllMs: result.latency.p99,
    requests,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Runs autocannon, keeping each response's latency apart for a connection's first request and the rest. */
async function run(options: autocannon.Options): Promise<LoadResult> {
  const latencies: Latencies = { first: [], later: [] };
  const setup = options.setupClient;
  const result = (await autocannon({
    ...options,
    setupClient(client) {
      let seen = 0;
      client.on("response", (_status: number, _bytes: number, ms: number) => (seen++ === 0 ? latencies.first : latencies.later).push(ms));
      setup?.(client);
    },
  })) as unknown as autocannon.Result;
  return summarize(result, latencies);
}

/**
 * Card versions as they stand in the database now, per learner and fact (read before each load).
 * database: the SQLite file, or the PostgreSQL database's URL.
 */
async function readVersions(database: string, learners: number[]): Promise<Map<number, Map<string, number>>> {
  type Row = { userId: string; factId: string; version: number };
  let rows: Row[];
  if (isPostgres(database)) {
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    try {
      rows = (await client.query<Row>(`SELECT "userId", "factId", version FROM "Card" WHERE "userId" = ANY($1::text[])`, [learners.map(learnerId)])).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(database, { readonly: true });
    const select = db.prepare<[string], Row>(`SELECT userId, factId, version FROM "Card" WHERE userId = ?`);
    rows = learners.flatMap((i) => select.all(learnerId(i)));
    db.close();
  }
  const byUser = new Map(learners.map((i) => [learnerId(i), new Map<string, number>()]));
  for (const row of rows) byUser.get(row.userId)?.set(row.factId, row.version);
  return new Map(learners.map((i) => [i, byUser.get(learnerId(i)) as Map<string, number>]));
}

export type ReviewLoad = {
  origin: string;
  database: string;
  sessions: { learner: number; session: Session }[];
  content: BenchContent;
  tag: string;
  /** Each response as it comes back: whose, its status, how long it took, and which of its learner's it is (1: the first; bench/tail). */
  onResponse?: (learner: number, status: number, ms: number, nth: number) => void;
};

/** One learner per connection, so a learner's requests are sequential and each names the version it saw. */
export async function loadReviews(load: ReviewLoad, connections: number): Promise<LoadResult> {
  const learners = load.sessions.slice(0, connections);
  if (learners.length < connections) throw new Error(`need ${connections} signed-in learners, have ${load.sessions.length}`);
  const versions = await readVersions(load.database, learners.map((l) => l.learner));
  let next = 0;
  return run({
      url: load.origin,
      connections,
      duration: LOAD_SECONDS,
      maxOverallRequests: MAX_REQUESTS,
      setupClient(client) {
        const { learner, session } = learners[next++ % learners.length] as (typeof learners)[number];
        const cardVersions = versions.get(learner) as Map<string, number>;
        const facts = load.content.facts;
        let seq = 0;
        let pending: { factId: string; version: number } | null = null;
        // One connection per learner: the connection's responses are the learner's.
        let answered = 0;
        if (load.onResponse) client.on("response", (status: number, _bytes: number, ms: number) => load.onResponse?.(learner, status, ms, ++answered));
        client.setRequests([
          {
            method: "POST",
            path: "/api/reviews",
            headers: { "content-type": "application/json", cookie: session.cookie },
            setupRequest(request) {
              // A card whose answer never came back (a timeout, a 409) has an unknown version: skip it.
              let fact = facts[seq % facts.length];
              for (let tries = 0; fact && !cardVersions.has(fact.id) && tries < facts.length; tries++) fact = facts[++seq % facts.length];
              if (!fact || !cardVersions.has(fact.id)) return request;
              seq++;
              const version = cardVersions.get(fact.id) ?? 0;
              cardVersions.delete(fact.id);
              pending = { factId: fact.id, version };
              const body = {
                factId: fact.id,
                questionId: fact.questionIds[seq % fact.questionIds.length],
                clientKey: `${load.tag}-${connections}-${learner}-${seq}`,
                expectedVersion: version,
                rating: ([3, 3, 4, 2, 3, 1] as const)[seq % 6],
              };
              return { ...request, body: JSON.stringify(body) };
            },
            onResponse(status) {
              if (pending && status === 201) cardVersions.set(pending.factId, pending.version + 1);
              pending = null;
            },
          },
        ]);
      },
    });
}

/** The framework's ceiling: the same connections and time on a route that only parses JSON and answers. */
export async function loadEcho(origin: string, connections: number): Promise<LoadResult> {
  const body = JSON.stringify({ factId: "bench-fact", questionId: "bench-question", clientKey: "bench-echo-key", expectedVersion: 5, rating: 3 });
  return run({
      url: `${origin}/api/bench/echo`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      connections,
      duration: LOAD_SECONDS,
      maxOverallRequests: MAX_REQUESTS,
    });
}
