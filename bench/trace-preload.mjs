// Loaded into the bench's `next start` with --import when `npm run bench -- --only=tail` runs: it
// watches the server's event loop and garbage collector and, on exit, writes what it saw to
// BENCH_TRACE_FILE as JSON (bench/tail.ts reads it). The app's code is not touched.
//   stalls: every turn of the loop that came 40 ms or more late, with when it ended (epoch ms, and
//   microseconds of the monotonic clock the CPU profile uses);
//   gc: every pause of 10 ms or more, with its kind; delay: the event-loop delay histogram;
//   sqlite: on SQLite, how long better-sqlite3's synchronous calls held the loop: each COMMIT (the log
//   sync, and the checkpoint when one runs inside it), every other statement of 20 ms or more, and the
//   milliseconds of all statements per second.
//   clock: one reading of both clocks, to turn epoch ms into the profile's microseconds;
//   pg: on PostgreSQL, each statement's round trips through `pg` (Prisma's adapter and the fast paths
//   both use it) by statement: when each answer came (epoch ms) and its milliseconds from the call.
import fs from "node:fs";
import { createRequire } from "node:module";
import { monitorEventLoopDelay, PerformanceObserver, performance } from "node:perf_hooks";

const file = process.env.BENCH_TRACE_FILE;
if (file) {
  const TICK_MS = 10;
  const STALL_MS = 40;
  const delay = monitorEventLoopDelay({ resolution: TICK_MS });
  delay.enable();
  const stalls = [];
  const gc = [];
  const clock = { epochMs: Date.now(), monoUs: Number(process.hrtime.bigint() / 1000n) };
  let expected = performance.now() + TICK_MS;
  setInterval(() => {
    const now = performance.now();
    const late = now - expected;
    // endedAtUs is on the monotonic clock of --cpu-prof's samples, to find what ran during the stall.
    if (late >= STALL_MS) stalls.push({ endedAt: Date.now(), endedAtUs: Number(process.hrtime.bigint() / 1000n), ms: Math.round(late) });
    expected = now + TICK_MS;
  }, TICK_MS).unref();
  const kinds = { 1: "minor", 2: "major", 4: "incremental", 8: "weak callbacks" };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration < 10) continue;
      const kind = kinds[entry.detail?.kind ?? entry.kind] ?? "other";
      gc.push({ endedAt: Math.round(performance.timeOrigin + entry.startTime + entry.duration), ms: Math.round(entry.duration), kind });
    }
  }).observe({ entryTypes: ["gc"] });

  const sqlite = { commits: [], slow: [], msBySecond: {} };
  try {
    const Database = createRequire(`${process.cwd()}/`)("better-sqlite3");
    const probe = new Database(":memory:");
    const Statement = Object.getPrototypeOf(probe.prepare("SELECT 1"));
    probe.close();
    for (const method of ["run", "get", "all", "iterate"]) {
      const original = Statement[method];
      Statement[method] = function sqliteStatement(...args) {
        const started = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          const ms = performance.now() - started;
          const endedAt = Date.now();
          const second = Math.floor(endedAt / 1000);
          sqlite.msBySecond[second] = (sqlite.msBySecond[second] ?? 0) + ms;
          const source = String(this.source ?? "");
          if (/^COMMIT/i.test(source)) sqlite.commits.push([endedAt, Math.round(ms * 100) / 100]);
          else if (ms >= 20 && sqlite.slow.length < 500) sqlite.slow.push({ endedAt, ms: Math.round(ms), sql: source.slice(0, 80) });
        }
      };
    }
  } catch {
    // Not a SQLite server (or the driver is missing): the other figures still come.
  }

  const pg = {};
  try {
    const { Client } = createRequire(`${process.cwd()}/`)("pg");
    const original = Client.prototype.query;
    const record = (key, started) => {
      const entry = (pg[key] ??= []);
      if (entry.length < 50_000) entry.push([Date.now(), Math.round((performance.now() - started) * 100) / 100]);
    };
    Client.prototype.query = function pgQuery(config, values, callback) {
      const text = typeof config === "string" ? config : String(config?.text ?? "");
      // A named statement by its name, another by its first words, whitespace folded.
      const key = typeof config === "object" && config?.name ? config.name : text.replace(/\s+/g, " ").slice(0, 90);
      const started = performance.now();
      const cb = typeof values === "function" ? values : typeof callback === "function" ? callback : typeof config?.callback === "function" ? config.callback : null;
      if (cb) {
        const wrapped = function (...args) {
          record(key, started);
          return cb.apply(this, args);
        };
        if (typeof values === "function") return original.call(this, config, wrapped);
        if (typeof callback === "function") return original.call(this, config, values, wrapped);
        config.callback = wrapped;
        return original.call(this, config, values);
      }
      const result = original.call(this, config, values);
      if (result && typeof result.then === "function") result.then(() => record(key, started), () => record(key, started));
      return result;
    };
  } catch {
    // Not a PostgreSQL server, or no pg.
  }

  const write = () => {
    const ms = (ns) => Math.round(ns / 1e5) / 10;
    const histogram = { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) };
    fs.writeFileSync(file, JSON.stringify({ delay: histogram, clock, stalls, gc, sqlite, pg }));
  };
  process.on("exit", write);
}
