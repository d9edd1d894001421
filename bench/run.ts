// npm run bench: builds the app if needed, seeds two throwaway databases (the second ten times the
// first) on each engine, SQLite always and PostgreSQL when a server can be started, and measures
// review recording under load against its two baselines and reads as the tables grow on both; page
// weight, Lighthouse scores and scheduling cost once (they do not depend on the engine). Prints one
// table, writes bench/results.json. The memory model fitted to simulated learners is measured first
// (bench/memory-model; `--only=memory-model` runs that block alone). Everything runs on 127.0.0.1, each
// step is bounded in requests and time, and the run stops itself (and its servers and cluster).
import fs from "node:fs";
import path from "node:path";
import { buildBank } from "@/lib/content/bank";
import { chromiumPath } from "../scripts/chromium";
import { ensureBuild } from "./build";
import { BENCH_PASSWORD, CONNECTIONS, PORT, ROOT, RUN_LIMIT_MS, SIGNED_IN_LEARNERS, SIZES, TMP, type SeedSize } from "./config";
import { measureFastPaths } from "./fast-paths";
import { signIn, signInAll } from "./http";
import { runLighthouse } from "./lighthouse";
import { loadEcho, loadReviews } from "./load";
import { dropDatabase, keepBenchPostgres, PG_STATE, seedPostgres, startBenchPostgres, stopBenchPostgres, type BenchPostgres } from "./postgres";
import { summarizeProfile } from "./profile";
import { rawPostgres, rawSqlite, type RawResult } from "./raw";
import { timeReads } from "./reads";
import { collectEnvironment, printFastPaths, printReport, type EngineResults, type LoadBySize, type PostgresResults, type Results } from "./report";
import { assignmentId, benchContent, bigClassIndex, classId, learnerEmail, migratedTemplate, passwordHashes, seedSqlite, teacherEmail, type BenchContent } from "./seed";
import { allowsBenchRoutes, startServer, type BenchServer } from "./server";
import { timeScheduling } from "./fsrs";
import { formatMemoryModel, measureMemoryModel, memoryModelTargets } from "./memory-model";
import { formatGames, gamesTargets, measureGames, type GamesResult } from "./games";
import { formatTail, measureTail } from "./tail";
import { pageWeight, polyfillChunks, servedChunks } from "./weight";

/** The learner whose pages are read: signed in, but left out of the write load so their rows stay put. */
const READER = SIGNED_IN_LEARNERS - 1;
const PAGES = { baseline: "/bench-baseline", home: "/", quiz: "/quiz/[id]", review: "/review", progress: "/progress" } as const;
const ROUTES: Record<keyof typeof PAGES, string> = {
  baseline: "/bench-baseline/page",
  home: "/(learn)/page",
  quiz: "/(learn)/quiz/[id]/page",
  review: "/(learn)/review/page",
  progress: "/(learn)/progress/page",
};

const args = new Set(process.argv.slice(2));
const runStarted = performance.now();
/** Progress, with the seconds since the start: the run has a 10-minute budget, and this shows where it goes. */
const log = (message: string) => console.log(`bench: ${((performance.now() - runStarted) / 1000).toFixed(0).padStart(3)} s  ${message}`);

async function startQuiz(origin: string, cookie: string, topic: string): Promise<string> {
  const response = await fetch(`${origin}/api/attempts`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ topic, length: 10 }),
  });
  if (response.status !== 201) throw new Error(`starting a quiz answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** Page weight and Lighthouse, on the first SQLite server only: they measure the build, not the database. */
async function measurePages(results: Results, origin: string, reader: string, content: BenchContent) {
  const quizId = await startQuiz(origin, reader, content.topics[0] ?? "mixed");
  const paths: Record<keyof typeof PAGES, string> = { ...PAGES, quiz: `/quiz/${quizId}` };
  log("weighing pages");
  const weights = Object.fromEntries(
    await Promise.all(
      (Object.keys(PAGES) as (keyof typeof PAGES)[]).map(async (key) => {
        const weight = pageWeight(ROUTES[key]);
        const served = await servedChunks(origin + paths[key], reader);
        // Every chunk the HTML names must be one the manifests gave, or the figure misses bytes.
        const missing = served.filter((c) => !weight.chunks.includes(c) && !polyfillChunks().includes(c));
        return [key, { ...weight, servedChunks: served.length, notInManifest: missing }] as const;
      }),
    ),
  );
  results.pageWeight = weights as Results["pageWeight"];
  if (!args.has("--no-lighthouse")) {
    log("running Lighthouse (4 pages, desktop and mobile)");
    results.lighthouse = await runLighthouse((["home", "quiz", "review", "progress"] as const).map((key) => ({ key, url: origin + paths[key], cookie: reader })));
  }
}

type Measurement = {
  engine: "SQLite" | "PostgreSQL";
  /** The SQLite file or the PostgreSQL database's URL. */
  database: string;
  size: SeedSize;
  content: BenchContent;
  into: EngineResults;
  /** Where the trivial POST runs when this server cannot serve it (lib/env refuses the bench's routes). */
  echoOrigin?: string;
  /** Runs on the server once the learners are signed in (page weight, Lighthouse). */
  extra?: (origin: string, reader: string) => Promise<void>;
};

/** One server on one database: sign-ins, the reads, then the load at each connection count. */
async function measureServer(m: Measurement) {
  const server = await startServer(m.database, PORT, { cpuProfile: args.has("--profile") && m.size.name === "1x" && m.engine === "SQLite", benchRoutes: !m.echoOrigin });
  try {
    const learners = Array.from({ length: Math.max(...CONNECTIONS) }, (_, i) => i);
    const sessions = await signInAll(server.origin, [...learners, READER].map(learnerEmail), BENCH_PASSWORD);
    const reader = sessions[sessions.length - 1]?.cookie ?? "";
    const big = bigClassIndex(m.size);
    const [teacher30, teacher300] = await Promise.all([signIn(server.origin, teacherEmail(0), BENCH_PASSWORD), signIn(server.origin, teacherEmail(big), BENCH_PASSWORD)]);

    log(`${m.engine} ${m.size.name}: timing reads`);
    m.into.reads[m.size.name] = await timeReads(server.origin, [
      { key: "reviewQueue", label: "review queue", path: PAGES.review, cookie: reader },
      { key: "dashboard", label: "dashboard", path: PAGES.progress, cookie: reader },
      { key: "gradebook30", label: "gradebook, class of 30", path: `/teach/classes/${classId(0)}`, cookie: teacher30.cookie },
      { key: "perQuestion30", label: "per-question table, class of 30", path: `/teach/classes/${classId(0)}/assignments/${assignmentId(0, 0)}`, cookie: teacher30.cookie },
      { key: "gradebook300", label: "gradebook, class of 300", path: `/teach/classes/${classId(big)}`, cookie: teacher300.cookie },
      { key: "perQuestion300", label: "per-question table, class of 300", path: `/teach/classes/${classId(big)}/assignments/${assignmentId(big, 0)}`, cookie: teacher300.cookie },
    ]);
    await m.extra?.(server.origin, reader);

    const load: LoadBySize = {};
    for (const connections of CONNECTIONS) {
      log(`${m.engine} ${m.size.name}: load at ${connections} connections, trivial route then reviews`);
      const trivial = await loadEcho(m.echoOrigin ?? server.origin, connections);
      const review = await loadReviews(
        { origin: server.origin, database: m.database, sessions: sessions.slice(0, -1).map((session, learner) => ({ learner, session })), content: m.content, tag: `b${Date.now().toString(36)}` },
        connections,
      );
      load[connections] = { review, trivial };
    }
    m.into.load[m.size.name] = load;
  } finally {
    await server.stop();
  }
}

/** When lib/env refuses the bench's routes on PostgreSQL: the same build on an empty SQLite copy, serving only the trivial POST. */
async function startEchoServer(): Promise<BenchServer> {
  const file = path.join(TMP, "echo.db");
  const remove = () => ["", "-wal", "-shm"].forEach((suffix) => fs.rmSync(file + suffix, { force: true }));
  remove();
  fs.copyFileSync(migratedTemplate(), file);
  const server = await startServer(file, PORT + 1);
  return { ...server, stop: () => server.stop().then(remove) };
}

async function main() {
  // The whole run's bound: past it (or on Ctrl-C), the exit handlers stop the servers and the cluster.
  process.on("exit", stopBenchPostgres);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  setTimeout(() => {
    console.error(`bench: stopped after ${RUN_LIMIT_MS / 60_000} minutes`);
    process.exit(2);
  }, RUN_LIMIT_MS).unref();

  if (args.has("--only=memory-model")) {
    // The memory-model block alone (no build, no servers): a quick loop on the fit; results.json is left as it is.
    log("fitting the memory model of simulated learners");
    const result = await measureMemoryModel();
    console.log(formatMemoryModel(result));
    const missed = memoryModelTargets(result).filter((t) => !t.met);
    for (const t of missed) console.log(`  missed: ${t.name}: ${t.value} (target ${t.target})`);
    process.exitCode = missed.length ? 1 : 0;
    return;
  }

  if (args.has("--only=games")) {
    // The live-games block alone: its own servers and databases (SQLite, then the bench's PostgreSQL
    // cluster unless --no-postgres); its figures replace `games` in results.json.
    log("checking the production build");
    ensureBuild();
    const started = args.has("--no-postgres") ? { skipped: "--no-postgres" } : await startBenchPostgres();
    let games: GamesResult;
    try {
      games = await measureGames(buildBank(path.join(ROOT, "content")), log, "skipped" in started ? started : { base: started.url });
    } finally {
      stopBenchPostgres();
    }
    console.log(formatGames(games));
    const file = path.join(ROOT, "bench", "results.json");
    const kept = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : {};
    fs.writeFileSync(file, `${JSON.stringify({ ...kept, games }, relativePaths, 2)}\n`);
    log("wrote the games block to bench/results.json");
    process.exitCode = gamesTargets(games).every((t) => t.met) ? 0 : 1;
    return;
  }

  if (args.has("--only=tail")) {
    // Where the slowest reviews wait (bench/tail): one traced, profiled server; prints, writes no results.
    log("checking the production build");
    ensureBuild();
    const size = SIZES.find((s) => args.has(`--sizes=${s.name}`)) ?? (SIZES[0] as SeedSize);
    const connections = Number([...args].find((a) => a.startsWith("--connections="))?.slice("--connections=".length) ?? 64);
    if (!Number.isInteger(connections) || connections < 1) throw new Error("--connections= takes a whole number of connections");
    console.log(formatTail(await measureTail(size, benchContent(buildBank(path.join(ROOT, "content"))), connections, log, { unsynced: args.has("--unsynced"), warm: args.has("--warm"), postgres: args.has("--postgres") })));
    return;
  }

  log("checking the production build");
  const onlyFastPaths = args.has("--only=fast-paths");
  const buildSeconds = onlyFastPaths ? null : ensureBuild();
  // The browser is found (installed, as the tests do, when missing) before anything is measured.
  const browser = onlyFastPaths || args.has("--no-lighthouse") ? null : chromiumPath(ROOT);
  log("fitting the memory model of simulated learners");
  const bank = buildBank(path.join(ROOT, "content"));
  const content = benchContent(bank);
  const results: Results = {
    ...collectEnvironment(browser),
    buildSeconds,
    seed: {},
    scheduling: timeScheduling(),
    memoryModel: onlyFastPaths ? undefined : await measureMemoryModel(),
    load: {},
    raw: {},
    reads: {},
    pageWeight: null,
    lighthouse: null,
    postgres: { skipped: "--no-postgres" },
    profile: null,
    fastPaths: null,
    totalSeconds: 0,
  };
  const now = new Date();
  const hashes = await passwordHashes(now);

  let cluster: BenchPostgres | null = null;
  let postgres: PostgresResults | null = null;
  let echo: BenchServer | null = null;
  if (!args.has("--no-postgres")) {
    log("starting the bench's PostgreSQL cluster (fsync on)");
    const started = await startBenchPostgres();
    if ("skipped" in started) {
      results.postgres = { skipped: started.skipped };
      log(`PostgreSQL skipped: ${started.skipped}; going on with SQLite alone`);
    } else {
      cluster = started;
      postgres = { settings: started.settings, trivialServer: "the same server", seed: {}, load: {}, raw: {}, reads: {} };
      results.postgres = postgres;
    }
  }

  try {
    log("fast paths against the Prisma client, in process");
    results.fastPaths = await measureFastPaths(cluster?.url ?? null);
    if (onlyFastPaths) {
      console.log(printFastPaths(results.fastPaths));
      return;
    }
    // --sizes=1x runs one size only: a quicker loop while working on the app, not a full result.
    const sizes = SIZES.filter((s) => ![...args].some((a) => a.startsWith("--sizes=")) || args.has(`--sizes=${s.name}`));
    for (const size of sizes) {
      log(`SQLite: seeding ${size.learners.toLocaleString("en")} learners (${size.name})`);
      const seed = await seedSqlite(size, content, now, hashes);
      results.seed[size.name] = seed;
      log(`seeded in ${seed.seconds.toFixed(1)} s, ${(seed.bytes / 2 ** 20).toFixed(0)} MiB`);
      await measureServer({
        engine: "SQLite",
        database: seed.database,
        size,
        content,
        into: results,
        extra: size.name === "1x" ? (origin, reader) => measurePages(results, origin, reader, content) : undefined,
      });
      log("SQLite: raw driver, the same database work without HTTP");
      results.raw[size.name] = rawSqlite(seed.database, content, size.learners);
      if (!args.has("--keep-db")) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(seed.database + suffix, { force: true });

      if (!cluster || !postgres) continue;
      log(`PostgreSQL: seeding ${size.learners.toLocaleString("en")} learners (${size.name})`);
      const pgSeed = await seedPostgres(cluster.url, size, content, now, hashes);
      postgres.seed[size.name] = pgSeed;
      log(`seeded in ${pgSeed.seconds.toFixed(1)} s, ${(pgSeed.bytes / 2 ** 20).toFixed(0)} MiB`);
      if (!echo && !allowsBenchRoutes(pgSeed.database)) {
        log("lib/env refuses OVERFLIGHT_BENCH on PostgreSQL: the trivial POST runs on a second server of the same build");
        echo = await startEchoServer();
        postgres.trivialServer = "a second server of the same build (lib/env refuses OVERFLIGHT_BENCH on PostgreSQL)";
      }
      await measureServer({ engine: "PostgreSQL", database: pgSeed.database, size, content, into: postgres, echoOrigin: echo?.origin });
      log("PostgreSQL: raw driver, the same database work without HTTP");
      const raw: Record<string, RawResult> = {};
      for (const connections of CONNECTIONS) raw[connections] = await rawPostgres(pgSeed.database, content, size.learners, connections);
      postgres.raw[size.name] = raw;
      // The cluster goes at the end; a database kept with --keep-db goes with it.
      if (!args.has("--keep-db")) await dropDatabase(pgSeed.database);
    }
    log("live games: SQLite with one instance, then PostgreSQL with two");
    results.games = await measureGames(bank, log, cluster ? { base: cluster.url } : { skipped: "skipped" in results.postgres ? results.postgres.skipped : "no cluster" });
  } finally {
    await echo?.stop();
    if (cluster && args.has("--keep-db")) {
      keepBenchPostgres();
      log(`PostgreSQL kept running at ${cluster.url}; stop it with: node scripts/pg/cluster.mjs stop --state=${path.relative(ROOT, PG_STATE)}`);
    } else stopBenchPostgres();
  }

  if (args.has("--profile")) {
    const dir = path.join(TMP, "prof");
    const newest = fs.readdirSync(dir).map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    if (newest) results.profile = { file: newest, ...summarizeProfile(newest) };
  }
  results.totalSeconds = (performance.now() - runStarted) / 1000;
  const text = printReport(results);
  console.log(text);
  // Chunk lists are long and change every build.
  const replacer = (k: string, v: unknown) => (k === "chunks" ? undefined : relativePaths(k, v));
  // A run with parts left out is a working loop, not a result: it must not replace the last full run's.
  const partial = [...args].some((a) => a.startsWith("--sizes=") || a === "--no-postgres" || a === "--no-lighthouse");
  const out = partial ? path.join(TMP, "results-partial.json") : path.join(ROOT, "bench", "results.json");
  fs.writeFileSync(out, `${JSON.stringify(results, replacer, 2)}\n`);
  log(`wrote ${path.relative(ROOT, out)}${partial ? " (a partial run: bench/results.json keeps the last full one)" : ""}`);
}

/** SQLite files are given from the repository root in results.json. */
function relativePaths(k: string, v: unknown): unknown {
  return (k === "file" || k === "database") && typeof v === "string" && v.startsWith(ROOT) ? path.relative(ROOT, v) : v;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
