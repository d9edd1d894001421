// A property of the SQLite fast path: any sequence of reviews (first reviews, every rating, days
// apart or minutes apart, resent keys, stale and missing versions, two learners, several facts, each
// learner with or without fitted parameters, a reset or a broken row among them) sent through the
// app's engine, many at once so they share group commits, answers and stores exactly what the Prisma
// writer stores when given the same reviews one by one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowToSqlite } from "@/lib/db/columns";
import { sqliteEngine } from "@/lib/db/engine-sqlite";
import { AppSQLiteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { reviewWrite, toReviewOutcome, type ReviewInput, type ReviewOutcome } from "@/lib/srs/review-plan";
import { DEFAULT_WEIGHTS } from "@/lib/srs/scheduler";
import { prisma as prismaCli } from "../helpers/prisma-cli";
import { recordReviewWithPrisma } from "../helpers/review-writer-prisma";
import { comparable, comparableRows } from "../helpers/review-script";

const USERS = ["cuser00000000000000000001", "cuser00000000000000000002"] as const;
const FACTS = ["fact-a", "fact-b", "fact-c"] as const;
let dir: string;
let template: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovf-fast-property-"));
  template = path.join(dir, "template.db");
  prismaCli(["migrate", "deploy"], `file:${template}`);
  const seed = new Database(template);
  const insert = seed.prepare(`INSERT INTO "User" (id, email, name, role, desiredRetention, sessionVersion, createdAt, updatedAt) VALUES (?, ?, ?, 'learner', 0.9, 0, ?, ?)`);
  USERS.forEach((id, i) => insert.run(id, `u${i}@example.org`, `User ${i}`, "2026-01-01T00:00:00.000+00:00", "2026-01-01T00:00:00.000+00:00"));
  seed.close();
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One step: who reviews what, how, and when; the version seen and a resent key are decided against the cards as they stand. */
const Step = fc.record({
  user: fc.integer({ min: 0, max: USERS.length - 1 }),
  fact: fc.integer({ min: 0, max: FACTS.length - 1 }),
  rating: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
  origin: fc.constantFrom("review", "flashcard", "quiz") as fc.Arbitrary<"review" | "flashcard" | "quiz">,
  /** Minutes after the previous step: the same day or up to about three weeks later. */
  gapMinutes: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 60 * 20, max: 60 * 24 * 21 })),
  version: fc.constantFrom("current", "current", "current", "stale", "none"),
  resend: fc.boolean(),
  /** How many of the steps go to the engine at once (one group commit). */
  together: fc.integer({ min: 1, max: 6 }),
});

type StepValue = typeof Step extends fc.Arbitrary<infer T> ? T : never;

/**
 * A LearnerParameters row stored before the reviews: fitted weights (the defaults scaled, so the
 * schedule differs), a reset (no weights) or a row whose weights do not parse (read as the defaults);
 * fittedAt from a few instants, so two rows may tie and the id decides which is in force.
 */
const ParametersRowArb = fc.record({
  user: fc.integer({ min: 0, max: USERS.length - 1 }),
  kind: fc.constantFrom("fitted", "fitted", "reset", "broken"),
  scale: fc.double({ min: 0.5, max: 2, noNaN: true }),
  fittedAtMinute: fc.integer({ min: 0, max: 2 }),
});

type ParametersRowValue = typeof ParametersRowArb extends fc.Arbitrary<infer T> ? T : never;

function storeParameters(file: string, rows: ParametersRowValue[]) {
  const db = new Database(file);
  const insert = db.prepare(`INSERT INTO "LearnerParameters" (id, userId, weights, reviewCount, logLoss, fittedAt) VALUES (@id, @userId, @weights, @reviewCount, @logLoss, @fittedAt)`);
  rows.forEach((row, i) => {
    const weights = row.kind === "reset" ? null : row.kind === "broken" ? "[1,2,3]" : JSON.stringify(DEFAULT_WEIGHTS.map((w, j) => (j < 4 ? w * row.scale : w)));
    insert.run(
      rowToSqlite("LearnerParameters", {
        id: `cparams${String(i).padStart(18, "0")}`,
        userId: USERS[row.user] as string,
        weights,
        reviewCount: 100,
        logLoss: weights ? 0.3 : null,
        fittedAt: new Date(Date.parse("2026-02-01T08:00:00.000Z") + row.fittedAtMinute * 60_000),
      }),
    );
  });
  db.close();
}

/** Turns steps into the inputs both writers get, the versions read from the Prisma writer's answers as they come. */
async function runBoth(steps: StepValue[], viaPrisma: PrismaClient, record: (input: ReviewInput) => Promise<ReviewOutcome>) {
  const versions = new Map<string, number>();
  const sent: ReviewInput[] = [];
  const inputs: ReviewInput[] = [];
  const expected: ReviewOutcome[] = [];
  let now = Date.parse("2026-03-01T08:00:00.000Z");
  for (const [n, step] of steps.entries()) {
    now += step.gapMinutes * 60_000;
    const earlier = step.resend ? sent.filter((s) => s.userId === USERS[step.user]).at(-1) : undefined;
    const card = `${USERS[step.user]}/${FACTS[step.fact]}`;
    const current = versions.get(card) ?? 0;
    const input: ReviewInput = earlier ?? {
      userId: USERS[step.user] as string,
      factId: FACTS[step.fact] as string,
      questionId: `q-${FACTS[step.fact]}`,
      clientKey: `key-${n}`,
      rating: step.rating,
      isCorrect: step.origin === "flashcard" ? null : step.rating > 1,
      origin: step.origin,
      timeMs: 1000 + n,
      desiredRetention: 0.9,
      now: new Date(now),
      expectedVersion: step.origin === "quiz" || step.version === "none" ? null : step.version === "stale" ? current + 1 : current,
    };
    const outcome = await recordReviewWithPrisma(viaPrisma, input);
    if (outcome.ok && !outcome.replayed) versions.set(`${outcome.card.userId}/${outcome.card.factId}`, outcome.card.version);
    sent.push(input);
    inputs.push(input);
    expected.push(outcome);
  }
  // The engine gets the same inputs in the same order, `together` at a time, all in flight at once.
  const actual: ReviewOutcome[] = [];
  for (let i = 0; i < inputs.length; ) {
    const size = steps[i]?.together ?? 1;
    actual.push(...(await Promise.all(inputs.slice(i, i + size).map(record))));
    i += size;
  }
  return { expected, actual };
}

function rows(file: string) {
  const db = new Database(file, { readonly: true });
  const all = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
  const result = comparableRows(all(`SELECT * FROM "Card" ORDER BY userId, factId`), all(`SELECT * FROM "Review" ORDER BY userId, clientKey`));
  db.close();
  return result;
}

describe("the SQLite fast path against Prisma, on random review sequences", () => {
  it("answers the same and leaves the same rows, through group commits", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(Step, { minLength: 1, maxLength: 30 }), fc.array(ParametersRowArb, { maxLength: 4 }), async (steps, parameters) => {
        run += 1;
        const [prismaFile, engineFile] = ["prisma", "engine"].map((name) => path.join(dir, `${name}-${run}.db`)) as [string, string];
        fs.copyFileSync(template, prismaFile);
        fs.copyFileSync(template, engineFile);
        storeParameters(prismaFile, parameters);
        storeParameters(engineFile, parameters);
        const viaPrisma = new PrismaClient({ adapter: new AppSQLiteAdapter({ url: `file:${prismaFile}` }) });
        const adapter = new AppSQLiteAdapter({ url: `file:${engineFile}` });
        const engineClient = new PrismaClient({ adapter });
        const engine = sqliteEngine(adapter, () => engineClient.$connect());
        try {
          const { expected, actual } = await runBoth(steps, viaPrisma, async (input) => toReviewOutcome(await engine.recordReview(reviewWrite(input))));
          expect(actual.map(comparable)).toEqual(expected.map(comparable));
        } finally {
          await viaPrisma.$disconnect();
          await engineClient.$disconnect();
        }
        expect(rows(engineFile)).toEqual(rows(prismaFile));
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});
