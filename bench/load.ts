// Review recording under load: many signed-in learners at once, each connection one learner rating its
// own cards with the version it last saw, so requests are valid 201s; the trivial POST route of the
// same build gets the same connections and time.
//
// Every connection is opened, one after another, with its first request before the load starts, and
// each keeps its one socket (an http.Agent of one kept-alive socket per connection). Opening them all
// at once on a saturated server measured the two routes at different concurrencies: Node (libuv 1.45
// and later) accepts one new connection per turn of the event loop, and a turn of the trivial route's
// load serves a whole wave of requests, so at 64 connections some of its connections waited 7.8 s of
// the 8-second load for their first answer and about 40 were in use on average, against about 54 for
// the review route, whose turns its database round trips keep short (README, "Where the tail waits").
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgres } from "@/lib/env";
import type { Session } from "./http";
import type { BenchContent } from "./seed";
import { learnerId } from "./seed";
import { LOAD_SECONDS, MAX_REQUESTS } from "./config";
import { percentile } from "./stats";

/** A request that has not answered in this long is given up (and counted in `timeouts`). */
const TIMEOUT_MS = 10_000;

export type LoadResult = {
  /** Requests answered during the load (the connections' first requests, sent before it, are not counted). */
  requestsPerSecond: number;
  /** Latency of the requests of the load, every connection open. */
  p50Ms: number;
  p99Ms: number;
  /** Each connection's first request, sent one connection at a time before the load (it opens the connection). */
  firstRequest: { p50Ms: number; maxMs: number };
  /**
   * Requests in flight during the load, on average (answered requests' latency over the load's time,
   * Little's law): the connections the load kept busy. Near `connections`, unless the client fell behind.
   */
  inFlight: number;
  /** Connections the server closed during the load, opened again (their next request's latency includes it). */
  reopened: number;
  /** Every request answered, the first ones included, and their status codes. */
  requests: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
};

/** One request of a connection: the body to send (null: none), and what to do with the status it gets. */
type Step = { body: string | null; onStatus?: (status: number) => void };

type Connection = {
  path: string;
  headers: Record<string, string>;
  next: () => Step;
  /** Each response as it comes back: status, milliseconds, and which of this connection's it is (1: the first). */
  onResponse?: (status: number, ms: number, nth: number) => void;
};

type Answer = { status: number; ms: number; reused: boolean } | { failed: "error" | "timeout" };

function send(origin: URL, agent: http.Agent, connection: Connection, body: string | null): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const headers = { ...connection.headers, "content-length": String(body === null ? 0 : Buffer.byteLength(body)) };
    const request = http.request({ host: origin.hostname, port: origin.port, path: connection.path, method: "POST", headers, agent, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, reused: request.reusedSocket }));
      // A response cut off (the socket closed before its end) may not emit "error": "close" ends it either way.
      response.on("error", () => resolve({ failed: "error" }));
      response.on("close", () => response.complete || resolve({ failed: "error" }));
    });
    request.on("timeout", () => {
      request.destroy();
      resolve({ failed: "timeout" });
    });
    request.on("error", () => resolve({ failed: "error" }));
    request.end(body ?? undefined);
  });
}

/** Opens every connection with its first request, one at a time, then runs them all back to back for LOAD_SECONDS. */
async function run(origin: string, connections: Connection[]): Promise<LoadResult> {
  const url = new URL(origin);
  const agents = connections.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const first: number[] = [];
  const later: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  let timeouts = 0;
  let reopened = 0;
  let sent = 0;
  const answered = connections.map(() => 0);
  const once = async (i: number): Promise<Answer> => {
    const connection = connections[i] as Connection;
    const step = connection.next();
    sent++;
    const answer = await send(url, agents[i] as http.Agent, connection, step.body);
    if ("failed" in answer) {
      if (answer.failed === "timeout") timeouts++;
      else errors++;
      step.onStatus?.(0);
      return answer;
    }
    statusCodes[answer.status] = (statusCodes[answer.status] ?? 0) + 1;
    step.onStatus?.(answer.status);
    connection.onResponse?.(answer.status, answer.ms, ++answered[i]!);
    return answer;
  };
  try {
    for (let i = 0; i < connections.length; i++) {
      const answer = await once(i);
      if (!("failed" in answer)) first.push(answer.ms);
    }
    const started = performance.now();
    const deadline = started + LOAD_SECONDS * 1000;
    await Promise.all(
      connections.map(async (_, i) => {
        while (performance.now() < deadline && sent < MAX_REQUESTS) {
          const answer = await once(i);
          if ("failed" in answer) continue;
          later.push(answer.ms);
          if (!answer.reused) reopened++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      requestsPerSecond: later.length / seconds,
      p50Ms: round(percentile(later, 50)),
      p99Ms: round(percentile(later, 99)),
      firstRequest: { p50Ms: round(percentile(first, 50)), maxMs: round(Math.max(0, ...first)) },
      inFlight: round(later.reduce((sum, ms) => sum + ms, 0) / 1000 / seconds),
      reopened,
      requests: first.length + later.length,
      statusCodes,
      errors,
      timeouts,
    };
  } finally {
    for (const agent of agents) agent.destroy();
  }
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
  const facts = load.content.facts;
  return run(
    load.origin,
    learners.map(({ learner, session }): Connection => {
      const cardVersions = versions.get(learner) as Map<string, number>;
      let seq = 0;
      return {
        path: "/api/reviews",
        headers: { "content-type": "application/json", cookie: session.cookie },
        next() {
          // A card whose answer never came back (a timeout, a 409) has an unknown version: skip it.
          let fact = facts[seq % facts.length];
          for (let tries = 0; fact && !cardVersions.has(fact.id) && tries < facts.length; tries++) fact = facts[++seq % facts.length];
          if (!fact || !cardVersions.has(fact.id)) return { body: null };
          seq++;
          const { id: factId } = fact;
          const version = cardVersions.get(factId) ?? 0;
          cardVersions.delete(factId);
          const body = {
            factId,
            questionId: fact.questionIds[seq % fact.questionIds.length],
            clientKey: `${load.tag}-${connections}-${learner}-${seq}`,
            expectedVersion: version,
            rating: ([3, 3, 4, 2, 3, 1] as const)[seq % 6],
          };
          return { body: JSON.stringify(body), onStatus: (status) => status === 201 && cardVersions.set(factId, version + 1) };
        },
        ...(load.onResponse ? { onResponse: (status: number, ms: number, nth: number) => load.onResponse?.(learner, status, ms, nth) } : {}),
      };
    }),
  );
}

/** The framework's ceiling: the same connections and time on a route that only parses JSON and answers. */
export async function loadEcho(origin: string, connections: number): Promise<LoadResult> {
  const body = JSON.stringify({ factId: "bench-fact", questionId: "bench-question", clientKey: "bench-echo-key", expectedVersion: 5, rating: 3 });
  return run(
    origin,
    Array.from({ length: connections }, (): Connection => ({ path: "/api/bench/echo", headers: { "content-type": "application/json" }, next: () => ({ body }) })),
  );
}
