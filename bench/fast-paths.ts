// Do the hand-written fast paths (lib/db/engine-*.ts) still pay against the Prisma client the app
// runs on? The same work both ways, in one process, at the same moment, on fresh copies of one
// migrated database: the signed-in user's read (engine.findUser against user.findUnique) and the
// review write (engine.recordReview against the Prisma writer the tests hold the fast paths to),
// one at a time and with CONCURRENT learners in flight (where SQLite's group commit shares a sync).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PUBLIC_USER_COLUMNS, publicUserSelect } from "@/lib/auth/users";
import { postgresEngine } from "@/lib/db/engine-postgres";
import { sqliteEngine } from "@/lib/db/engine-sqlite";
import type { Engine } from "@/lib/db/engine";
import { AppSQLiteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";
import { reviewWrite, toReviewOutcome, type ReviewInput, type ReviewOutcome } from "@/lib/srs/review-plan";
import { recordReviewWithPrisma } from "../tests/helpers/review-writer-prisma";
import { PG_POOL_SIZE, TMP } from "./config";
import { databaseUrl, dropDatabase, PG_TEMPLATE } from "./postgres";
import { migratedTemplate } from "./seed";

const LEARNERS = 16;
const FACTS = 12;
const REVIEWS_PER_FACT = 3;
const USER_READS = 3_000;
const WARMUP = 200;
/** Learners writing at once in the concurrent run: one request each, as 16 connections would. */
export const CONCURRENT = LEARNERS;

const learner = (i: number) => `cfastpath${String(i).padStart(16, "0")}`;

/** Per path: the user read (µs each), reviews one at a time and CONCURRENT at once (reviews per second). */
export type PathFigures = { userReadMicros: number; sequentialPerSecond: number; concurrentPerSecond: number };
export type FastPathEngineResult = { fast: PathFigures; prisma: PathFigures; reviews: number };
export type FastPathResults = { sqlite: FastPathEngineResult; postgres: FastPathEngineResult | null };

type Writer = { record: (input: ReviewInput) => Promise<ReviewOutcome>; findUser: (id: string) => Promise<unknown>; close: () => Promise<void> };

/** Each learner's reviews in order: every fact made, then reviewed again days later. */
function script(round: string): ReviewInput[][] {
  const start = Date.parse("2026-03-01T09:00:00.000Z");
  return Array.from({ length: LEARNERS }, (_, l) =>
    Array.from({ length: FACTS * REVIEWS_PER_FACT }, (_, n) => {
      const fact = n % FACTS;
      const step = Math.floor(n / FACTS);
      return {
        userId: learner(l),
        factId: `fact-${fact}`,
        questionId: `q-${fact}`,
        clientKey: `${round}-${l}-${n}`,
        rating: ([3, 2, 4] as const)[step] ?? 3,
        isCorrect: true,
        origin: "review" as const,
        desiredRetention: 0.9,
        now: new Date(start + (step * 5 + fact / 100) * 86_400_000),
        expectedVersion: step,
      };
    }),
  );
}

async function measure(writer: Writer): Promise<PathFigures> {
  for (let i = 0; i < WARMUP; i++) await writer.findUser(learner(i % LEARNERS));
  let started = performance.now();
  for (let i = 0; i < USER_READS; i++) await writer.findUser(learner(i % LEARNERS));
  const userReadMicros = ((performance.now() - started) * 1000) / USER_READS;

  const check = (outcome: ReviewOutcome) => {
    if (!outcome.ok || outcome.replayed) throw new Error("bench: a fast-path review was not stored as a new review");
  };
  // One at a time: every learner's first round, in turn.
  const sequential = script("seq");
  started = performance.now();
  for (const reviews of sequential) for (const input of reviews) check(await writer.record(input));
  const sequentialPerSecond = (LEARNERS * FACTS * REVIEWS_PER_FACT) / ((performance.now() - started) / 1000);

  // At once: each learner's reviews in order, the learners side by side, on cards of their own.
  const concurrent = script("con").map((reviews) => reviews.map((input) => ({ ...input, factId: `${input.factId}-c`, questionId: `${input.questionId}-c` })));
  started = performance.now();
  await Promise.all(concurrent.map(async (reviews) => {
    for (const input of reviews) check(await writer.record(input));
  }));
  const concurrentPerSecond = (LEARNERS * FACTS * REVIEWS_PER_FACT) / ((performance.now() - started) / 1000);
  await writer.close();
  return { userReadMicros, sequentialPerSecond, concurrentPerSecond };
}

const viaEngine = (engine: Engine, client: PrismaClient): Writer => ({
  record: async (input) => toReviewOutcome(await engine.recordReview(reviewWrite(input))),
  findUser: (id) => engine.findUser(id, PUBLIC_USER_COLUMNS),
  close: () => client.$disconnect(),
});

const viaPrisma = (client: PrismaClient): Writer => ({
  record: (input) => recordReviewWithPrisma(client, input),
  findUser: (id) => client.user.findUnique({ where: { id }, select: publicUserSelect }),
  close: () => client.$disconnect(),
});

const USERS_SQL = (placeholder: (i: number) => string) =>
  `INSERT INTO "User" ("id", "email", "name", "role", "desiredRetention", "sessionVersion", "createdAt", "updatedAt") VALUES ${Array.from(
    { length: LEARNERS },
    (_, i) => `(${placeholder(i)}, 'fast${i}@bench.example', 'Fast ${i}', 'learner', 0.9, 0, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000')`,
  ).join(", ")}`;

async function onSqlite(): Promise<FastPathEngineResult> {
  const copy = async (name: string) => {
    const file = path.join(TMP, `fast-${name}.db`);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    fs.copyFileSync(migratedTemplate(), file);
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(file);
    db.prepare(USERS_SQL(() => "?")).run(...Array.from({ length: LEARNERS }, (_, i) => learner(i)));
    db.close();
    return `file:${file}`;
  };
  // The adapter as the app builds it (lib/db/index.ts).
  const fastUrl = await copy("engine");
  const adapter = new AppSQLiteAdapter({ url: fastUrl, timeout: 5000 });
  const fastClient = new PrismaClient({ adapter });
  const fast = await measure(viaEngine(sqliteEngine(adapter, () => fastClient.$connect()), fastClient));
  const prisma = await measure(viaPrisma(new PrismaClient({ adapter: new AppSQLiteAdapter({ url: await copy("prisma"), timeout: 5000 }) })));
  return { fast, prisma, reviews: LEARNERS * FACTS * REVIEWS_PER_FACT };
}

async function onPostgres(base: string): Promise<FastPathEngineResult> {
  const copy = async (name: string) => {
    const url = databaseUrl(base, `overflight_bench_fast_${name}_test`);
    await dropDatabase(url);
    const admin = new pg.Client({ connectionString: databaseUrl(base, "postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE overflight_bench_fast_${name}_test TEMPLATE ${PG_TEMPLATE}`);
    await admin.end();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(USERS_SQL((i) => `$${i + 1}`), Array.from({ length: LEARNERS }, (_, i) => learner(i)));
    await client.end();
    return url;
  };
  const results: Partial<Record<"fast" | "prisma", PathFigures>> = {};
  for (const name of ["fast", "prisma"] as const) {
    const url = await copy(name);
    const pool = new pg.Pool({ connectionString: url, max: PG_POOL_SIZE });
    // Dropping the database ends any connection still open (an idle one Prisma's adapter kept): that is
    // the end of this measurement, not an error to crash the bench on, as it did in a full run.
    pool.on("error", () => undefined);
    // Typed against the SQLite client, as lib/db/index.ts does: the query API is the same.
    const client = new PostgresClient({ adapter: new PrismaPg(pool) }) as unknown as PrismaClient;
    const writer = name === "fast" ? viaEngine(postgresEngine(pool), client) : viaPrisma(client);
    results[name] = await measure({ ...writer, close: () => writer.close().then(() => pool.end()) });
    await dropDatabase(url);
  }
  return { fast: results.fast as PathFigures, prisma: results.prisma as PathFigures, reviews: LEARNERS * FACTS * REVIEWS_PER_FACT };
}

/** Both engines (PostgreSQL when the bench's cluster runs at `pgBase`). */
export async function measureFastPaths(pgBase: string | null): Promise<FastPathResults> {
  fs.mkdirSync(TMP, { recursive: true });
  const sqlite = await onSqlite();
  const postgres = pgBase ? await onPostgres(pgBase) : null;
  return { sqlite, postgres };
}
