// The background fit on PostgreSQL: two app instances (two pg-boss queues on one database, each with
// its worker) asked at the same moment to fit the same learner store one fit, through pg-boss's
// per-key policy; the fit itself runs on PostgreSQL through the app's lib/db. Runs in npm test's
// PostgreSQL stage (TEST_PG_URL).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPostgresDatabase } from "@/lib/db/database-url.mjs";
import { pgBossQueue, type JobQueue } from "@/lib/jobs/queue";
import type { SrsRating } from "@/lib/srs/scheduler";
import { simulateLearner } from "../../bench/memory-model";
import { prisma as prismaCli } from "../helpers/prisma-cli";

const NAME = "fit_queue_test";
const url = withPostgresDatabase(process.env.TEST_PG_URL as string, NAME);

const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${NAME}`);
await admin.end();
prismaCli(["migrate", "deploy"], url);
process.env.DATABASE_URL = url;

// Imported once DATABASE_URL names this test's database: lib/db connects to it.
const { db } = await import("@/lib/db");
const { recordReview } = await import("@/lib/srs/store");
const { fitLearner, isFitDue } = await import("@/lib/srs/memory-model");

let userId = "";
const queues: JobQueue[] = [];
const runs: { instance: string; stored: boolean }[] = [];

beforeAll(async () => {
  userId = (await db.user.create({ data: { email: "pg-fit@example.org", name: "PG Fit" } })).id;
  const learner = simulateLearner(3, { cards: 50, days: 90, splitDay: 90, newPerDay: 5 });
  let n = 0;
  for (const r of learner.train) {
    const outcome = await recordReview({
      userId, factId: r.cardId, questionId: "q", clientKey: `sim-${n++}`, rating: r.rating as SrsRating, isCorrect: r.rating > 1,
      origin: "flashcard", desiredRetention: 0.9, now: r.reviewedAt, expectedVersion: null,
    });
    if (!outcome.ok) throw new Error("a simulated review was refused");
  }
}, 180_000);

afterAll(async () => {
  await Promise.all(queues.map((q) => q.stop()));
  await db.$disconnect();
});

describe("the fit queue on PostgreSQL", () => {
  it("fits a learner once when two instances queue the fit at the same moment", async () => {
    expect(await isFitDue(userId, new Date())).toBe(true);
    for (const instance of ["a", "b"]) {
      queues.push(
        pgBossQueue("fit-memory-model", async (key) => {
          const outcome = await fitLearner(key);
          runs.push({ instance, stored: outcome.stored });
        }, { connectionString: url }),
      );
    }
    const sent = await Promise.all(queues.map((q) => q.enqueue(userId)));
    expect(sent.filter(Boolean).length).toBeGreaterThanOrEqual(1);
    const until = Date.now() + 90_000;
    while (!runs.some((r) => r.stored) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250));
    // Time for a second job, had one slipped through, to run too.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(runs.filter((r) => r.stored)).toHaveLength(1);
    expect(await db.learnerParameters.count({ where: { userId } })).toBe(1);
    // Queued again from either instance once it is done: nothing is due, nothing more is stored.
    await queues[1]?.enqueue(userId);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await db.learnerParameters.count({ where: { userId } })).toBe(1);
  }, 150_000);

  it("lets only one job per learner wait", async () => {
    const [a, b] = queues;
    if (!a || !b) throw new Error("no queues");
    // A key with no worker that could take it yet is refused a second time, from either instance.
    const other = "no-such-learner";
    const results = await Promise.all([a.enqueue(other), b.enqueue(other), a.enqueue(other)]);
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(2); // at most one waiting and one running
  });
});
