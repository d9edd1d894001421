// npm run bench: builds the app if needed, seeds two throwaway databases (the second ten times the
// first), and measures review recording under load against its two baselines, reads as the tables grow,
// page weight and Lighthouse scores, and scheduling cost. Prints one table, writes bench/results.json.
// Everything runs on 127.0.0.1, each step is bounded in requests and time, and the run stops itself.
import fs from "node:fs";
import path from "node:path";
import { buildBank } from "@/lib/content/bank";
import { ensureBuild } from "./build";
import { BENCH_PASSWORD, CONNECTIONS, PORT, ROOT, RUN_LIMIT_MS, SIGNED_IN_LEARNERS, SIZES, TMP } from "./config";
import { signIn, signInAll } from "./http";
import { runLighthouse } from "./lighthouse";
import { loadEcho, loadReviews, type LoadResult } from "./load";
import { summarizeProfile } from "./profile";
import { rawSqlite, type RawResult } from "./raw";
import { timeReads } from "./reads";
import { collectEnvironment, printReport, type Results } from "./report";
import { assignmentId, benchContent, bigClassIndex, classId, learnerEmail, passwordHashes, seedSqlite, teacherEmail, type SeedReport } from "./seed";
import { startServer } from "./server";
import { timeScheduling } from "./fsrs";
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
const log = (message: string) => console.log(`bench: ${message}`);

async function startQuiz(origin: string, cookie: string, topic: string): Promise<string> {
  const response = await fetch(`${origin}/api/attempts`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ topic, length: 10 }),
  });
  if (response.status !== 201) throw new Error(`starting a quiz answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

async function main() {
  const runStarted = performance.now();
  // The whole run's bound: past it, the exit handler stops the server and the run ends.
  setTimeout(() => {
    console.error(`bench: stopped after ${RUN_LIMIT_MS / 60_000} minutes`);
    process.exit(2);
  }, RUN_LIMIT_MS).unref();

  log("checking the production build");
  const buildSeconds = ensureBuild();
  const bank = buildBank(path.join(ROOT, "content"));
  const content = benchContent(bank);
  const results: Results = {
    ...collectEnvironment(),
    buildSeconds,
    seed: {},
    scheduling: timeScheduling(),
    load: {},
    raw: {},
    reads: {},
    pageWeight: null,
    lighthouse: null,
    postgres:
      "skipped: the bench seeds and drives SQLite only; the app's PostgreSQL support (prisma/postgres, DATABASE_URL=postgres://) arrived after it and is not measured yet",
    profile: null,
    totalSeconds: 0,
  };
  const now = new Date();
  const hashes = await passwordHashes(now);

  // --sizes=1x runs one size only: a quicker loop while working on the app, not a full result.
  const sizes = SIZES.filter((s) => ![...args].some((a) => a.startsWith("--sizes=")) || args.has(`--sizes=${s.name}`));
  for (const size of sizes) {
    log(`seeding ${size.learners.toLocaleString("en")} learners (${size.name})`);
    const seed: SeedReport = await seedSqlite(size, content, now, hashes);
    results.seed[size.name] = seed;
    log(`seeded in ${seed.seconds.toFixed(1)} s, ${(seed.bytes / 2 ** 20).toFixed(0)} MiB`);
    const server = await startServer(seed.database, PORT, { cpuProfile: args.has("--profile") && size.name === "1x" });
    try {
      const learners = Array.from({ length: Math.max(...CONNECTIONS) }, (_, i) => i);
      const sessions = await signInAll(server.origin, [...learners, READER].map(learnerEmail), BENCH_PASSWORD);
      const reader = sessions[sessions.length - 1]?.cookie ?? "";
      const big = bigClassIndex(size);
      const [teacher30, teacher300] = await Promise.all([signIn(server.origin, teacherEmail(0), BENCH_PASSWORD), signIn(server.origin, teacherEmail(big), BENCH_PASSWORD)]);

      log("timing reads");
      results.reads[size.name] = await timeReads(server.origin, [
        { key: "reviewQueue", label: "review queue", path: PAGES.review, cookie: reader },
        { key: "dashboard", label: "dashboard", path: PAGES.progress, cookie: reader },
        { key: "gradebook30", label: "gradebook, class of 30", path: `/teach/classes/${classId(0)}`, cookie: teacher30.cookie },
        { key: "perQuestion30", label: "per-question table, class of 30", path: `/teach/classes/${classId(0)}/assignments/${assignmentId(0, 0)}`, cookie: teacher30.cookie },
        { key: "gradebook300", label: "gradebook, class of 300", path: `/teach/classes/${classId(big)}`, cookie: teacher300.cookie },
        { key: "perQuestion300", label: "per-question table, class of 300", path: `/teach/classes/${classId(big)}/assignments/${assignmentId(big, 0)}`, cookie: teacher300.cookie },
      ]);

      if (size.name === "1x") {
        const quizId = await startQuiz(server.origin, reader, content.topics[0] ?? "mixed");
        const paths: Record<keyof typeof PAGES, string> = { ...PAGES, quiz: `/quiz/${quizId}` };
        log("weighing pages");
        const weights = Object.fromEntries(
          await Promise.all(
            (Object.keys(PAGES) as (keyof typeof PAGES)[]).map(async (key) => {
              const weight = pageWeight(ROUTES[key]);
              const served = await servedChunks(server.origin + paths[key], reader);
              // Every chunk the HTML names must be one the manifests gave, or the figure misses bytes.
              const missing = served.filter((c) => !weight.chunks.includes(c) && !polyfillChunks().includes(c));
              return [key, { ...weight, servedChunks: served.length, notInManifest: missing }] as const;
            }),
          ),
        );
        results.pageWeight = weights as Results["pageWeight"];
        if (!args.has("--no-lighthouse")) {
          log("running Lighthouse (4 pages, desktop and mobile)");
          results.lighthouse = await runLighthouse(
            (["home", "quiz", "review", "progress"] as const).map((key) => ({ key, url: server.origin + paths[key], cookie: reader })),
          );
        }
      }

      const load: Record<string, { review: LoadResult; trivial: LoadResult }> = {};
      for (const connections of CONNECTIONS) {
        log(`load: ${connections} connections, trivial route then reviews`);
        const trivial = await loadEcho(server.origin, connections);
        const review = await loadReviews(
          { origin: server.origin, database: seed.database, sessions: sessions.slice(0, -1).map((session, learner) => ({ learner, session })), content, tag: `b${Date.now().toString(36)}` },
          connections,
        );
        load[connections] = { review, trivial };
      }
      results.load[size.name] = load;
    } finally {
      await server.stop();
    }
    log("raw driver: the same database work without HTTP");
    results.raw[size.name] = rawSqlite(seed.database, content, size.learners) satisfies RawResult;
    if (!args.has("--keep-db")) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(seed.database + suffix, { force: true });
  }

  if (args.has("--profile")) {
    const dir = path.join(TMP, "prof");
    const newest = fs.readdirSync(dir).map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    if (newest) results.profile = { file: newest, ...summarizeProfile(newest) };
  }
  results.totalSeconds = (performance.now() - runStarted) / 1000;
  const text = printReport(results);
  console.log(text);
  // Chunk lists are long and change every build; database paths are given from the repository root.
  const replacer = (k: string, v: unknown) => (k === "chunks" ? undefined : (k === "file" || k === "database") && typeof v === "string" ? path.relative(ROOT, v) : v);
  fs.writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(results, replacer, 2)}\n`);
  log("wrote bench/results.json");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
