// npm run test:reliability: bad input, duplicates and races, crashes, a database that goes away,
// sessions and sign-in, security headers; against the production build on 127.0.0.1, each server
// on a throwaway database under .tmp/. Prints a table of what was tried, then
// `reliability: <N> passed, <F> failed`, and exits non-zero when anything failed.
// The bad-input group draws its inputs from the fixed seeds in tests/reliability/seeds.ts, so a run
// passes or fails the same way every time. `--explore` (npm run test:reliability:explore) instead
// runs the bad-input group on RELIABILITY_EXPLORE fresh seeds (default 10) and prints the failing ones.
// RELIABILITY_SEED runs that one seed; RELIABILITY_RUNS sets inputs per target (default 200);
// RELIABILITY_ONLY=bad-input,races,... runs some groups; RELIABILITY_PORT moves the three ports.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { getTestBank } from "../../tests/e2e/helpers/bank";
import { checkBadInput } from "../../tests/reliability/checks/bad-input";
import { checkCrash } from "../../tests/reliability/checks/crash";
import { checkEscaping } from "../../tests/reliability/checks/escaping";
import { checkHeaders } from "../../tests/reliability/checks/headers";
import { checkOutage } from "../../tests/reliability/checks/outage";
import { checkRaces } from "../../tests/reliability/checks/races";
import { checkSessions } from "../../tests/reliability/checks/sessions";
import { DbReader } from "../../tests/reliability/db";
import { RELIABILITY_SEEDS } from "../../tests/reliability/seeds";
import { Client, newAddress } from "../../tests/reliability/http";
import { signUp } from "../../tests/reliability/people";
import { Report } from "../../tests/reliability/report";
import { discoverActions, discoverApiRoutes, discoverPages, fillPattern } from "../../tests/reliability/routes";
import { databaseFile, startApp, stopApp } from "../../tests/reliability/server";
import { buildWorld, segments, startAttempt, type World } from "../../tests/reliability/world";

const PORT = Number(process.env.RELIABILITY_PORT ?? 3300);
const RUNS = Number(process.env.RELIABILITY_RUNS ?? 200);
const EXPLORE = process.argv.includes("--explore");
const freshSeed = () => Math.floor(Math.random() * 2 ** 31);
const SEEDS: number[] = process.env.RELIABILITY_SEED
  ? [Number(process.env.RELIABILITY_SEED)]
  : EXPLORE
    ? Array.from({ length: Number(process.env.RELIABILITY_EXPLORE ?? 10) }, freshSeed)
    : RELIABILITY_SEEDS.map((s) => s.seed);
const ONLY = EXPLORE ? ["bad-input"] : process.env.RELIABILITY_ONLY?.split(",");
const want = (group: string) => !ONLY || ONLY.includes(group);

/**
 * Every page, its parameters filled with real ids: [id] is a source under /sources, the class
 * under /teach, else the viewer's own quiz; the other params come from the world (segments).
 */
function pages(world: World): { name: string; path: (attemptId: string) => string }[] {
  const sourceId = [...getTestBank().sources.keys()][0]!;
  const idFor = (pattern: string, attemptId: string) =>
    pattern.startsWith("/sources/") ? sourceId : pattern.startsWith("/teach/") ? world.classId : attemptId;
  return discoverPages().map((pattern) => ({
    name: pattern,
    path: (attemptId: string) =>
      fillPattern(pattern, { ...segments(world), id: idFor(pattern, attemptId) }),
  }));
}

function firstStaticFile(): string {
  const file = fs.readdirSync(".next/static/chunks").find((f) => f.endsWith(".js"));
  return `/_next/static/chunks/${file}`;
}

async function runMainGroups(report: Report) {
  const app = await startApp({ port: PORT, file: databaseFile("main") });
  const db = new DbReader(app.file);
  try {
    const world = await buildWorld(app.baseUrl, db);
    const routes = discoverApiRoutes();
    const actions = discoverActions();
    if (want("headers")) {
      const guest = new Client(app.baseUrl, { "x-forwarded-for": newAddress() });
      const learner = await signUp(app.baseUrl, "learner");
      const attemptId = (await startAttempt(learner.client)).id;
      // Quiz pages use the learner's quiz: the guest gets the not-found page there, headers and all.
      const paths = [...pages(world).map((p) => ({ name: p.name, path: p.path(attemptId) })), { name: "404 page", path: "/no-such-page" }];
      await checkHeaders(report, paths, guest, learner.client, firstStaticFile());
    }
    if (want("escaping")) await checkEscaping(report, app.baseUrl, pages(world));
    if (want("bad-input")) {
      for (const seed of SEEDS) await checkBadInput({ report, db, world, routes, actions, runs: RUNS, seed });
    }
    if (want("races")) await checkRaces({ report, db, baseUrl: app.baseUrl });
    if (want("sessions")) await checkSessions({ report, db, world, main: app, httpsPort: PORT + 2, routes, actions });
  } finally {
    db.close();
    await stopApp(app);
  }
}

async function runCrashGroups(report: Report) {
  let server = await startApp({ port: PORT + 1, file: databaseFile("crash") });
  try {
    if (want("crash")) server = await checkCrash(report, server);
    const action = discoverActions().find((a) => a.page === "/");
    if (want("outage")) {
      if (action) server = await checkOutage(report, server, action.id);
      else report.skip("database away", "all scenarios", "", "no server action on / to try as a form write");
    }
  } finally {
    await stopApp(server);
  }
}

/** Explore's verdict: the seeds whose inputs found a defect, ready for tests/reliability/seeds.ts. */
function printFailingSeeds(report: Report) {
  const failing = SEEDS.filter((seed) => report.rows.some((r) => !r.passed && r.check.endsWith(`seed ${seed}`)));
  if (failing.length === 0) {
    console.log(`explore: all ${SEEDS.length} fresh seeds passed`);
    return;
  }
  console.log(`explore: ${failing.length} of ${SEEDS.length} fresh seeds found a defect. Repeat one with RELIABILITY_SEED=<seed> npm run test:reliability,`);
  console.log("fix it, then add the seed to tests/reliability/seeds.ts:");
  for (const seed of failing) console.log(`  { seed: ${seed}, found: "..." },`);
}

async function main(): Promise<number> {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: building first.");
    if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) return 1;
  }
  const from = process.env.RELIABILITY_SEED ? "RELIABILITY_SEED" : EXPLORE ? "fresh draws" : "tests/reliability/seeds.ts";
  console.log(`reliability: seeds ${SEEDS.join(", ")} (${from}), ${RUNS} inputs per target and seed`);
  const report = new Report();
  const started = Date.now();
  for (const [name, run] of [["main server", runMainGroups], ["crash server", runCrashGroups]] as const) {
    try {
      await run(report);
    } catch (error) {
      report.crashed("setup", name, "", error);
    }
  }
  report.print();
  if (EXPLORE) printFailingSeeds(report);
  console.log(`(${Math.round((Date.now() - started) / 1000)} s; server logs beside the databases: .tmp/reliability-*.db.log)`);
  return report.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
