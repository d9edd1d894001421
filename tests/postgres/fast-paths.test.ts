// On PostgreSQL the review is written and the signed-in user read by named statements on the pool
// (lib/db/engine-postgres.ts). The same reviews given to them and to
// Prisma itself must answer the same and leave the same rows, each scheduled with the learner's
// parameters in force (read with the card, by the write or with the signed-in user); racing first
// reviews of one card, with one key or two, must end as if they had come one by one. Runs in npm
// test's PostgreSQL stage.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPostgresDatabase } from "@/lib/db/database-url.mjs";
import { PUBLIC_USER_COLUMNS, publicUserSelect } from "@/lib/auth/users";
import { findUserOnPostgres, findUserWithCardOnPostgres, recordReviewOnPostgres as writeOnPostgres } from "@/lib/db/engine-postgres";
import type { CardRead } from "@/lib/db/engine";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reviewWrite, toReviewOutcome, type ReviewInput } from "@/lib/srs/review-plan";
import { DEFAULT_WEIGHTS } from "@/lib/srs/scheduler";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";
import { prisma as prismaCli } from "../helpers/prisma-cli";
import { recordReviewWithPrisma } from "../helpers/review-writer-prisma";
import { comparable, comparableRows, reviewScript } from "../helpers/review-script";

const USER = "cuser00000000000000000001";
const OTHER = "cuser00000000000000000002";
const urlOf = (name: string) => withPostgresDatabase(process.env.TEST_PG_URL as string, name);
let viaPrisma: PrismaClient;
const recordReviewOnPostgres = async (pool: pg.Pool, input: ReviewInput) => toReviewOutcome(await writeOnPostgres(pool, reviewWrite(input)));
const findPublicUserOnPostgres = (pool: pg.Pool, id: string) => findUserOnPostgres(pool, id, PUBLIC_USER_COLUMNS);
const findWithCard = (pool: pg.Pool, id: string, factId: string) => findUserWithCardOnPostgres(pool, id, PUBLIC_USER_COLUMNS, factId);
/** The review route's way: the card read with the signed-in user, then the write given that read. */
const recordWithUsersRead = async (pool: pg.Pool, input: ReviewInput) => {
  const { read } = await findWithCard(pool, input.userId, input.factId);
  return recordReviewOnPostgres(pool, { ...input, read: read as CardRead });
};
let direct: pg.Pool;

const fitted = (scale: number) => JSON.stringify(DEFAULT_WEIGHTS.map((w, i) => (i < 4 ? w * scale : w)));
/**
 * The learners' parameter rows: USER's in force is the last of two fitted at the same moment (the id
 * decides), over an older broken one; OTHER's newest is a reset, so the defaults are in force.
 */
const PARAMETERS: [id: string, userId: string, weights: string | null, fittedAt: string][] = [
  ["cparams000000000000000001", USER, "[1,2,3]", "2026-01-10 08:00:00"],
  ["cparams000000000000000002", USER, fitted(0.6), "2026-01-20 08:00:00"],
  ["cparams000000000000000003", USER, fitted(1.7), "2026-01-20 08:00:00"],
  ["cparams000000000000000004", OTHER, fitted(1.3), "2026-01-10 08:00:00"],
  ["cparams000000000000000005", OTHER, null, "2026-01-20 08:00:00"],
];

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
  await admin.connect();
  for (const name of ["fast_paths_prisma_test", "fast_paths_direct_test"]) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  await admin.end();
  for (const name of ["fast_paths_prisma_test", "fast_paths_direct_test"]) {
    prismaCli(["migrate", "deploy"], urlOf(name));
    const client = new pg.Client({ connectionString: urlOf(name) });
    await client.connect();
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "role", "desiredRetention", "sessionVersion", "createdAt", "updatedAt")
       VALUES ($1, 'one@example.org', 'Learner <One>', 'learner', 0.85, 2, '2025-12-31 23:59:59.123', now()),
              ($2, 'two@example.org', 'Teacher Two', 'teacher', 0.9, 0, '2026-01-01 00:00:00', now())`,
      [USER, OTHER],
    );
    for (const [id, userId, weights, fittedAt] of PARAMETERS) {
      await client.query(`INSERT INTO "LearnerParameters" ("id", "userId", "weights", "reviewCount", "fittedAt") VALUES ($1, $2, $3, 100, $4)`, [id, userId, weights, fittedAt]);
    }
    await client.end();
  }
  viaPrisma = new PostgresClient({ adapter: new PrismaPg({ connectionString: urlOf("fast_paths_prisma_test") }) }) as unknown as PrismaClient;
  direct = new pg.Pool({ connectionString: urlOf("fast_paths_direct_test"), max: 10 });
}, 60_000);

afterAll(async () => {
  await viaPrisma.$disconnect();
  await direct.end();
});

async function rows(pool: pg.Pool) {
  const all = async (sql: string) => (await pool.query(sql)).rows as Record<string, unknown>[];
  return comparableRows(await all(`SELECT * FROM "Card" ORDER BY "userId", "factId"`), await all(`SELECT * FROM "Review" ORDER BY "userId", "clientKey"`));
}

describe("PostgreSQL fast paths", () => {
  it("read the signed-in user as Prisma does", async () => {
    for (const id of [USER, OTHER]) {
      const expected = await viaPrisma.user.findUnique({ where: { id }, select: publicUserSelect });
      expect(await findPublicUserOnPostgres(direct, id)).toEqual(expected);
      expect((await findWithCard(direct, id, "fact-a")).user).toEqual(expected);
    }
    expect(await findPublicUserOnPostgres(direct, "cnobody000000000000000000")).toBeNull();
    expect(await findWithCard(direct, "cnobody000000000000000000", "fact-a")).toEqual({ user: null, read: null });
  });

  it("write reviews as Prisma does, the card read by the write or with the user: the same answers, the same rows", async () => {
    const script = reviewScript(USER, OTHER);
    for (const [i, input] of script.entries()) {
      const expected = await recordReviewWithPrisma(viaPrisma, input);
      const record = i % 2 === 0 ? recordReviewOnPostgres : recordWithUsersRead;
      expect(comparable(await record(direct, input)), `${input.userId} ${input.clientKey}`).toEqual(comparable(expected));
    }
    const prismaPool = new pg.Pool({ connectionString: urlOf("fast_paths_prisma_test") });
    const expected = await rows(prismaPool);
    await prismaPool.end();
    expect(expected.reviews).toHaveLength(script.length - 2);
    expect(await rows(direct)).toEqual(expected);
    // The parameters in force, by learner: the tie's later id for USER, the defaults after OTHER's reset.
    const used = (await direct.query(`SELECT DISTINCT "userId", "parametersId" FROM "Review" ORDER BY "userId"`)).rows;
    expect(used).toEqual([
      { userId: USER, parametersId: "cparams000000000000000003" },
      { userId: OTHER, parametersId: null },
    ]);
  });

  it("plan on a read given with the user only when it is of the write's learner and fact", async () => {
    const { read: own } = await findWithCard(direct, USER, "fact-a");
    const card = own!.card!;
    const next = { ...reviewScript(USER, OTHER)[1]!, expectedVersion: card.version, now: new Date(card.due.getTime() + 86_400_000) };
    // Another learner's read of the same fact, and the learner's own read of a fact with no card: not used.
    const foreign = [(await findWithCard(direct, OTHER, "fact-a")).read!, (await findWithCard(direct, USER, "fact-none")).read!];
    for (const [n, read] of foreign.entries()) {
      const outcome = await recordReviewOnPostgres(direct, { ...next, clientKey: `foreign-read-${n}`, expectedVersion: card.version + n, read });
      expect(outcome).toMatchObject({ ok: true, replayed: false, card: { version: card.version + n + 1 } });
    }
  });

  it("record a review sent ten times at once once, and answer the others as resends, new card or not", async () => {
    const [first, second] = reviewScript(USER, OTHER) as [ReviewInput, ReviewInput];
    const tenAtOnce = (input: ReviewInput, clientKey: string) =>
      Promise.all(Array.from({ length: 10 }, () => recordReviewOnPostgres(direct, { ...input, factId: "fact-race-1", clientKey })));
    for (const outcomes of [await tenAtOnce(first, "race-new-card"), await tenAtOnce(second, "race-known-card")]) {
      expect(outcomes.filter((o) => o.ok && !o.replayed)).toHaveLength(1);
      expect(outcomes.filter((o) => o.ok && o.replayed)).toHaveLength(9);
    }
    const stored = await direct.query(`SELECT count(*)::int AS n FROM "Review" WHERE "userId" = $1 AND "factId" = 'fact-race-1'`, [USER]);
    expect(stored.rows[0].n).toBe(2);
  });

  it("let one of two tabs reviewing a new card at once through, and tell the other the card moved", async () => {
    const first = reviewScript(USER, OTHER)[0]!;
    const [a, b] = await Promise.all(["tab-a-key", "tab-b-key"].map((clientKey) => recordReviewOnPostgres(direct, { ...first, factId: "fact-race-2", clientKey })));
    expect([a!.ok, b!.ok].sort()).toEqual([false, true]);
    expect([a, b].find((o) => !o!.ok)).toMatchObject({ status: 409, code: "stale_card", card: { version: 1 } });
  });
});
