// The bench's one table and results.json: the machine and versions, every figure, and each target
// with whether this run met it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { CONNECTIONS, PG_POOL_SIZE, ROOT, SIZES } from "./config";
import { CONCURRENT, type FastPathResults } from "./fast-paths";
import { formatGames, gamesTargets, type GamesResult } from "./games";
import type { LighthouseScore } from "./lighthouse";
import type { LoadResult } from "./load";
import { formatMemoryModel, memoryModelTargets, type MemoryModelResult } from "./memory-model";
import type { ProfileSummary } from "./profile";
import type { RawResult } from "./raw";
import type { ReadTiming } from "./reads";
import type { SeedReport } from "./seed";
import type { PageWeight } from "./weight";

type SizeName = (typeof SIZES)[number]["name"];
type PageKey = "baseline" | "home" | "quiz" | "review" | "progress";

export type LoadBySize = Record<string, { review: LoadResult; trivial: LoadResult }>;

/** What each engine's run measures: the seed, the load at each connection count and the reads, per size. */
export type EngineResults = {
  seed: Partial<Record<SizeName, SeedReport>>;
  load: Partial<Record<SizeName, LoadBySize>>;
  reads: Partial<Record<SizeName, Record<string, ReadTiming>>>;
};

export type PostgresResults = EngineResults & {
  /** The server's settings as SHOW gives them (version, fsync, synchronous_commit...). */
  settings: Record<string, string>;
  /** Where the trivial POST ran: the review server itself, or a second server of the same build. */
  trivialServer: string;
  /** The raw pg figure at each connection count of the HTTP load. */
  raw: Partial<Record<SizeName, Record<string, RawResult>>>;
};

/** The SQLite figures at the top level (as before PostgreSQL was measured), PostgreSQL's under `postgres`. */
export type Results = ReturnType<typeof collectEnvironment> &
  EngineResults & {
    buildSeconds: number | null;
    scheduling: { microsecondsPerCard: number; cards: number };
    raw: Partial<Record<SizeName, RawResult>>;
    pageWeight: Record<PageKey, PageWeight & { servedChunks: number; notInManifest: string[] }> | null;
    lighthouse: Record<string, { desktop: LighthouseScore; mobile: LighthouseScore }> | null;
    postgres: PostgresResults | { skipped: string };
    profile: (ProfileSummary & { file: string }) | null;
    fastPaths: FastPathResults | null;
    /** Live games (bench/games), SQLite with one instance and PostgreSQL with two. */
    games?: GamesResult;
    /** The memory model fitted to simulated learners (bench/memory-model), default and fitted figures. */
    memoryModel?: MemoryModelResult;
    totalSeconds: number;
    targets?: Target[];
  };

export type Target = { name: string; value: string; target: string; met: boolean };

/** The fast paths against the Prisma client, per engine, with how many times faster the fast path is. */
export function printFastPaths(f: FastPathResults): string {
  const rows: string[][] = [["engine", "figure", "fast path", "Prisma", "fast path gain"]];
  for (const [engine, r] of [["SQLite", f.sqlite], ["PostgreSQL", f.postgres]] as const) {
    if (!r) continue;
    rows.push(
      [engine, "signed-in user read, µs", fixed(r.fast.userReadMicros), fixed(r.prisma.userReadMicros), `${fixed(r.prisma.userReadMicros / r.fast.userReadMicros, 1)}x`],
      [engine, "reviews/s, one at a time", fixed(r.fast.sequentialPerSecond), fixed(r.prisma.sequentialPerSecond), `${fixed(r.fast.sequentialPerSecond / r.prisma.sequentialPerSecond, 1)}x`],
      [engine, `reviews/s, ${CONCURRENT} learners at once`, fixed(r.fast.concurrentPerSecond), fixed(r.prisma.concurrentPerSecond), `${fixed(r.fast.concurrentPerSecond / r.prisma.concurrentPerSecond, 1)}x`],
    );
  }
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const [head = [], ...body] = rows;
  return [`Fast paths against Prisma ${versionOf("@prisma/client")}, in one process (same work, fresh copies of one database)`, "", line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

const versionOf = (pkg: string) => (JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

/** The machine and versions; `browser` is the Chromium Lighthouse drives, null when it does not run. */
export function collectEnvironment(browser: string | null) {
  const memory = new Database(":memory:");
  const sqlite = memory.prepare("SELECT sqlite_version() AS v").get() as { v: string };
  memory.close();
  const chromium = browser ? execFileSync(browser, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() : "not used";
  const packages = ["next", "react", "@prisma/client", "@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/adapter-pg", "pg", "next-auth", "ts-fsrs", "lighthouse"];
  return {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    },
    versions: { node: process.versions.node, sqlite: sqlite.v, chromium, ...Object.fromEntries(packages.map((p) => [p, versionOf(p)])) } as Record<string, string>,
  };
}

const fixed = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? "-" : n.toFixed(digits));
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const codes = (r: LoadResult) => Object.entries(r.statusCodes).map(([code, count]) => `${code}x${count}`).join(" ") + (r.errors ? ` err x${r.errors}` : "");

type Row = { figure: string; values: string[]; target?: string };
type Section = { title: string; rows: Row[] };

/** The load and read targets of one engine's figures; names carry the engine for the PostgreSQL ones. */
function engineTargets(e: EngineResults, prefix: string): Target[] {
  const out: Target[] = [];
  for (const size of SIZES) {
    const load = e.load[size.name];
    if (!load) continue;
    for (const c of CONNECTIONS) {
      const l = load[c];
      if (!l) continue;
      const share = l.review.requestsPerSecond / l.trivial.requestsPerSecond;
      out.push({ name: `${prefix}review throughput / trivial, ${c} conn, ${size.name}`, value: share.toFixed(2), target: ">= 0.50", met: share >= 0.5 });
      const p99 = l.review.p99Ms / l.trivial.p99Ms;
      out.push({ name: `${prefix}review p99 / trivial p99, ${c} conn, ${size.name}`, value: p99.toFixed(2), target: "<= 2.0", met: p99 <= 2 });
    }
  }
  const small = e.reads["1x"];
  const large = e.reads["10x"];
  if (small && large) {
    for (const key of ["reviewQueue", "dashboard", "gradebook30", "perQuestion30"]) {
      const a = small[key];
      const b = large[key];
      if (!a || !b) continue;
      const growth = b.medianMs / a.medianMs;
      out.push({ name: `${prefix}${key} at 10x / at 1x`, value: growth.toFixed(2), target: "< 1.5", met: growth < 1.5 });
    }
  }
  for (const size of SIZES) {
    const reads = e.reads[size.name];
    if (!reads?.gradebook30 || !reads.gradebook300) continue;
    const growth = reads.gradebook300.medianMs / reads.gradebook30.medianMs;
    out.push({ name: `${prefix}gradebook class of 300 / of 30, ${size.name}`, value: growth.toFixed(2), target: "< 10", met: growth < 10 });
  }
  return out;
}

const postgresOf = (r: Results): PostgresResults | null => ("skipped" in r.postgres ? null : r.postgres);

/** Every target of the issue, computed from this run's figures: each engine's, then the build's. */
export function evaluateTargets(r: Results): Target[] {
  const out = engineTargets(r, "");
  if (r.memoryModel) out.push(...memoryModelTargets(r.memoryModel));
  if (r.games) out.push(...gamesTargets(r.games));
  const postgres = postgresOf(r);
  if (postgres) out.push(...engineTargets(postgres, "PostgreSQL: "));
  if (r.pageWeight) {
    const base = r.pageWeight.baseline.gzipBytes;
    for (const key of ["quiz", "review"] as const) {
      const extra = r.pageWeight[key].gzipBytes - base;
      out.push({ name: `${key} page JS above baseline (gzip)`, value: `${kB(extra)} kB`, target: "< 60 kB", met: extra < 60_000 });
    }
  }
  for (const [page, s] of Object.entries(r.lighthouse ?? {})) {
    out.push({ name: `Lighthouse performance ${page}, desktop`, value: String(s.desktop.performance), target: ">= 95", met: s.desktop.performance >= 95 });
    out.push({ name: `Lighthouse performance ${page}, mobile`, value: String(s.mobile.performance), target: ">= 90", met: s.mobile.performance >= 90 });
    const a11y = Math.min(s.desktop.accessibility, s.mobile.accessibility);
    out.push({ name: `Lighthouse accessibility ${page}`, value: String(a11y), target: "100", met: a11y === 100 });
  }
  return out;
}

const per = (f: (size: SizeName) => string) => SIZES.map((s) => f(s.name));
const mib = (bytes: number) => fixed(bytes / 2 ** 20);

/** A load's latency and the requests it kept in flight (older results.json files have no inFlight). */
function latency(l: LoadResult | undefined): string {
  return l ? `${fixed(l.p50Ms)} / ${fixed(l.p99Ms)}${l.inFlight === undefined ? "" : `; ${fixed(l.inFlight, 1)}`}` : "-";
}

/**
 * One engine's rows: seed, load against its baselines, the raw driver, reads. raw(size, c) gives the
 * raw figure that the load at c connections is compared with (SQLite has one, sequential; pg one per c).
 */
function engineRows(e: EngineResults, raw: (size: SizeName, connections?: number) => RawResult | undefined, rawLabel: string, rawPerConnections: boolean): Row[] {
  const out: Row[] = [];
  out.push({ figure: "seed: cards / reviews / quiz answers", values: per((n) => { const s = e.seed[n]; return s ? `${s.rows.cards} / ${s.rows.reviews} / ${s.rows.answers}` : "-"; }) });
  out.push({ figure: "seed: seconds, database MiB", values: per((n) => { const s = e.seed[n]; return s ? `${fixed(s.seconds, 1)} s, ${mib(s.bytes)} MiB` : "-"; }) });
  for (const c of CONNECTIONS) {
    const at = (n: SizeName) => e.load[n]?.[c];
    out.push({ figure: `POST /api/reviews, ${c} conn: req/s`, values: per((n) => fixed(at(n)?.review.requestsPerSecond)) });
    out.push({ figure: `  latency p50 / p99 ms; requests in flight on average`, values: per((n) => latency(at(n)?.review)) });
    out.push({ figure: `  each connection's first request, one at a time: p50 / max`, values: per((n) => { const f = at(n)?.review.firstRequest; return f ? `${fixed(f.p50Ms)} / ${fixed(f.maxMs)}` : "-"; }) });
    out.push({ figure: `  status codes`, values: per((n) => { const l = at(n)?.review; return l ? codes(l) : "-"; }) });
    out.push({ figure: `trivial POST, ${c} conn: req/s`, values: per((n) => fixed(at(n)?.trivial.requestsPerSecond)) });
    out.push({ figure: `  latency p50 / p99 ms; requests in flight on average`, values: per((n) => latency(at(n)?.trivial)) });
    out.push({ figure: `review / trivial req/s, ${c} conn`, values: per((n) => { const l = at(n); return l ? fixed(l.review.requestsPerSecond / l.trivial.requestsPerSecond, 2) : "-"; }), target: ">= 0.50" });
    out.push({ figure: `review p99 / trivial p99, ${c} conn`, values: per((n) => { const l = at(n); return l ? fixed(l.review.p99Ms / l.trivial.p99Ms, 2) : "-"; }), target: "<= 2.0" });
    if (rawPerConnections) {
      out.push({ figure: `${rawLabel}, ${c} in flight: tx/s`, values: per((n) => fixed(raw(n, c)?.transactionsPerSecond)) });
      out.push({ figure: "  latency p50 / p99 ms", values: per((n) => { const l = raw(n, c); return l ? `${fixed(l.p50Ms, 2)} / ${fixed(l.p99Ms, 2)}` : "-"; }) });
    }
    out.push({ figure: `raw / app (raw tx/s over review req/s), ${c} conn`, values: per((n) => { const l = at(n); const x = raw(n, c); return l && x ? fixed(x.transactionsPerSecond / l.review.requestsPerSecond, 1) : "-"; }) });
  }
  if (!rawPerConnections) {
    out.push({ figure: `${rawLabel}: tx/s`, values: per((n) => fixed(raw(n)?.transactionsPerSecond)) });
    out.push({ figure: "  latency p50 / p99 ms", values: per((n) => { const l = raw(n); return l ? `${fixed(l.p50Ms, 2)} / ${fixed(l.p99Ms, 2)}` : "-"; }) });
  }
  const readLabels: Record<string, string> = {
    reviewQueue: "GET /review (one learner's queue)",
    dashboard: "GET /progress (one learner's dashboard)",
    gradebook30: "gradebook page, class of 30",
    perQuestion30: "per-question page, class of 30",
    gradebook300: "gradebook page, class of 300",
    perQuestion300: "per-question page, class of 300",
  };
  for (const [key, label] of Object.entries(readLabels)) {
    const small = e.reads["1x"]?.[key];
    const large = e.reads["10x"]?.[key];
    const growth = small && large ? large.medianMs / small.medianMs : undefined;
    out.push({
      figure: `${label}: median ms${growth === undefined ? "" : ` (10x/1x ${growth.toFixed(2)})`}`,
      values: per((n) => { const t = e.reads[n]?.[key]; return t ? `${fixed(t.medianMs, 1)} (p90 ${fixed(t.p90Ms, 1)})` : "-"; }),
      ...(key.endsWith("300") ? {} : { target: "10x/1x < 1.5" }),
    });
  }
  out.push({ figure: "gradebook class of 300 / of 30", values: per((n) => { const t = e.reads[n]; return t?.gradebook300 && t.gradebook30 ? fixed(t.gradebook300.medianMs / t.gradebook30.medianMs, 2) : "-"; }), target: "< 10" });
  return out;
}

/** The build's rows: they do not depend on the engine, so they are measured once (on SQLite, 1x). */
function buildRows(r: Results): Row[] {
  const out: Row[] = [];
  if (r.pageWeight) {
    const base = r.pageWeight.baseline.gzipBytes;
    for (const [key, w] of Object.entries(r.pageWeight)) {
      out.push({
        figure: `JS for ${key}: gzip kB (brotli), files`,
        values: [`${kB(w.gzipBytes)} (${kB(w.brotliBytes)}), ${w.files}`, key === "baseline" ? "" : `+${kB(w.gzipBytes - base)} kB`],
        ...(key === "quiz" || key === "review" ? { target: "< baseline + 60 kB" } : {}),
      });
    }
  }
  for (const [page, s] of Object.entries(r.lighthouse ?? {})) {
    out.push({ figure: `Lighthouse ${page}: performance desktop / mobile`, values: [`${s.desktop.performance} / ${s.mobile.performance}`, ""], target: ">= 95 / >= 90" });
    out.push({ figure: `Lighthouse ${page}: accessibility desktop / mobile`, values: [`${s.desktop.accessibility} / ${s.mobile.accessibility}`, ""], target: "100" });
  }
  out.push({ figure: "ts-fsrs reviewCard: microseconds per card", values: [fixed(r.scheduling.microsecondsPerCard, 1), ""] });
  return out;
}

function sections(r: Results): Section[] {
  const sqliteRaw = Object.values(r.raw)[0];
  const out: Section[] = [
    {
      title: `SQLite ${r.versions.sqlite} (better-sqlite3, ${sqliteRaw?.settings ?? "WAL, synchronous=FULL"})`,
      rows: engineRows(r, (n) => r.raw[n], "raw better-sqlite3 review tx, sequential", false),
    },
  ];
  const postgres = postgresOf(r);
  if (postgres) {
    const s = postgres.settings;
    out.push({
      title: `PostgreSQL ${s.server_version?.split(" ")[0] ?? "?"} (@prisma/adapter-pg, pool of ${PG_POOL_SIZE}; fsync=${s.fsync}, synchronous_commit=${s.synchronous_commit}, shared_buffers=${s.shared_buffers}); trivial POST on ${postgres.trivialServer}`,
      rows: engineRows(postgres, (n, c) => postgres.raw[n]?.[String(c)], `raw pg review tx (pool of ${PG_POOL_SIZE})`, true),
    });
  }
  out.push({ title: "The build (engine independent, measured once)", rows: buildRows(r) });
  return out;
}

export function printReport(r: Results): string {
  r.targets = evaluateTargets(r);
  const blocks = sections(r);
  const header = ["figure", ...SIZES.map((s) => `${s.name} (${s.learners.toLocaleString("en")} learners)`), "target"];
  const all = blocks.flatMap((b) => b.rows);
  const widths = header.map((h, i) => Math.max(h.length, ...all.map((row) => (i === 0 ? row.figure : i <= SIZES.length ? (row.values[i - 1] ?? "") : (row.target ?? "")).length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const out = [
    `Overflight bench, ${r.date} - ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGiB} GiB, load ${r.machine.loadAverage.join(" ")} at start`,
    `Node ${r.versions.node}, Next ${r.versions.next}, Prisma ${r.versions["@prisma/client"]}, SQLite ${r.versions.sqlite}, pg ${r.versions.pg}, ${r.versions.chromium}`,
  ];
  for (const block of blocks) {
    out.push("", block.title, "", line(header), line(widths.map((w) => "-".repeat(w))));
    out.push(...block.rows.map((row) => line([row.figure, ...SIZES.map((_, i) => row.values[i] ?? ""), row.target ?? ""])));
  }
  if ("skipped" in r.postgres) out.push("", `PostgreSQL: skipped: ${r.postgres.skipped}.`);
  out.push(
    "",
    `Targets met: ${r.targets.filter((t) => t.met).length} of ${r.targets.length}`,
    ...r.targets.filter((t) => !t.met).map((t) => `  missed: ${t.name}: ${t.value} (target ${t.target})`),
  );
  for (const [page, s] of Object.entries(r.lighthouse ?? {})) {
    const failed = [...new Set([...s.desktop.failedAudits, ...s.mobile.failedAudits])];
    if (failed.length) out.push(`  Lighthouse ${page}: audits below 0.9: ${failed.join(", ")}`);
  }
  if (r.memoryModel) out.push("", formatMemoryModel(r.memoryModel));
  if (r.profile) {
    out.push("", `Server CPU profile (${r.profile.file}), ${fixed(r.profile.totalMs)} ms sampled; self time by function:`);
    for (const f of r.profile.topSelf.slice(0, 12)) out.push(`  ${fixed(f.ms).padStart(6)} ms  ${f.name}`);
  }
  if (r.fastPaths) out.push("", printFastPaths(r.fastPaths));
  if (r.games) out.push("", formatGames(r.games));
  out.push("", `Total ${fixed(r.totalSeconds)} s${r.buildSeconds === null ? " (build was current)" : `, of which build ${fixed(r.buildSeconds)} s`}.`);
  return out.join("\n");
}
