// Group 1, bad input: every route handler and method, and every server action, gets generated bad
// input from a guest, a learner and a teacher. Each request is judged alone (tests/reliability/
// verdict.ts), with the database's row counts read right before and after it.
import fc from "fast-check";
import type { DbReader } from "../db";
import { nastyActionBody } from "../action-inputs";
import { nastyBody, nastyQuery, nastySegment, schemaFieldNames, type Body } from "../inputs";
import type { Report } from "../report";
import { fillPattern, type ApiRoute, type RawSegment, type ServerAction } from "../routes";
import { sampleBody } from "../samples";
import { judge } from "../verdict";
import { newSubject, segments, type Subject, type World } from "../world";

type Attempt = { method: string; path: string; headers: Record<string, string>; body: Body | null };

const ROLES = ["guest", "learner", "teacher"] as const;
const NEXT_AUTH_ACTIONS = ["signin", "signout", "callback", "session", "csrf", "providers", "error", "_log", "credentials", "github"];

function routeAttempts(route: ApiRoute, world: World, subject: Subject, keys: string[]): fc.Arbitrary<Attempt> {
  const ids = [...world.ids, ...subject.ownIds];
  const segment = nastySegment(ids);
  const params = fc.record(
    Object.fromEntries(
      route.params.map((p) => [p, p === route.catchAll ? fc.array(fc.oneof(fc.constantFrom(...NEXT_AUTH_ACTIONS), segment), { minLength: 1, maxLength: 3 }) : segment]),
    ) as Record<string, fc.Arbitrary<string | RawSegment | (string | RawSegment)[]>>,
  );
  const hasBody = !["GET", "HEAD"].includes(route.method);
  const body = hasBody ? nastyBody(ids, keys, sampleBody(route.method, route.pattern, world)) : fc.constant(null);
  return fc.tuple(params, nastyQuery(ids, keys), body).map(([values, query, b]) => ({
    method: route.method,
    path: fillPattern(route.pattern, values) + (hasBody ? "" : query),
    headers: {},
    body: b,
  }));
}

function actionAttempts(action: ServerAction, world: World, subject: Subject, keys: string[]): fc.Arbitrary<Attempt> {
  const ids = [...world.ids, ...subject.ownIds];
  return fc.tuple(nastySegment(ids), nastyActionBody(ids, keys)).map(([id, body]) => ({
    method: "POST",
    path: fillPattern(action.page, { ...segments(world), id }),
    headers: { "next-action": action.id, accept: "text/x-component" },
    body,
  }));
}

async function send(subject: Subject, attempt: Attempt) {
  const headers = { ...attempt.headers, ...(attempt.body?.contentType ? { "content-type": attempt.body.contentType } : {}) };
  return subject.client.request(attempt.path, { method: attempt.method, headers, ...(attempt.body ? { body: attempt.body.body } : {}) });
}

async function runTarget(
  report: Report,
  db: DbReader,
  world: World,
  target: string,
  subject: Subject,
  attempts: Attempt[],
  mayChange: readonly string[],
  seed: number,
): Promise<void> {
  let refused = 0;
  const problems: string[] = [];
  const started = performance.now();
  for (const attempt of attempts) {
    const before = db.counts();
    let verdict;
    try {
      const reply = await send(subject, attempt);
      verdict = judge(reply, { before, after: db.counts(), mayChange }, world.baseUrl);
    } catch (error) {
      verdict = { outcome: "refused", problem: `no answer (${error instanceof Error ? error.message : String(error)})` };
    }
    if (verdict.outcome === "refused") refused += 1;
    if (verdict.problem) problems.push(`${verdict.problem} for ${attempt.method} ${attempt.path.slice(0, 80)} [${attempt.body?.label ?? "no body"}]`);
  }
  const note = `${refused} refused, ${attempts.length - refused} accepted as valid` + (problems.length ? `; ${problems.length} bad, first: ${problems[0]}` : "");
  report.add({ group: "bad input", check: `as ${subject.role}, seed ${seed}`, target, tried: attempts.length, passed: problems.length === 0, note, seconds: (performance.now() - started) / 1000 });
}

/** The forms' actions that count a refusal against a limit, as the sign-in and join routes do: a wrong password, a PIN that names no game. */
const COUNTED_ACTIONS = new Set(["signInAction", "joinGameAction"]);

export async function checkBadInput(opts: {
  report: Report;
  db: DbReader;
  world: World;
  routes: ApiRoute[];
  actions: ServerAction[];
  runs: number;
  seed: number;
}): Promise<void> {
  const { report, db, world, runs, seed } = opts;
  const keys = schemaFieldNames();
  for (const route of opts.routes) {
    for (const role of ROLES) {
      const target = `${route.method} ${route.pattern}`;
      try {
        const subject = await newSubject(world, role);
        const attempts = fc.sample(routeAttempts(route, world, subject, keys), { numRuns: runs, seed });
        // A failed sign-in, and a game PIN that names no game, are meant to count against their
        // limits: that table may move on a refusal.
        const counted = route.catchAll === "nextauth" || route.pattern === "/api/games/join";
        await runTarget(report, db, world, target, subject, attempts, counted ? ["RateLimit"] : [], seed);
      } catch (error) {
        report.crashed("bad input", `as ${role}, seed ${seed}`, target, error);
      }
    }
  }
  for (const action of opts.actions) {
    for (const role of ROLES) {
      const target = `action ${action.name} (${action.page})`;
      try {
        const subject = await newSubject(world, role);
        const attempts = fc.sample(actionAttempts(action, world, subject, keys), { numRuns: runs, seed });
        await runTarget(report, db, world, target, subject, attempts, COUNTED_ACTIONS.has(action.name) ? ["RateLimit"] : [], seed);
      } catch (error) {
        report.crashed("bad input", `as ${role}, seed ${seed}`, target, error);
      }
    }
  }
}
