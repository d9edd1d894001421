// The database's ceiling: the review's database work (read the card, append the review, move the
// card under its version, in one transaction) through the driver alone, no HTTP. SQLite: better-sqlite3,
// one transaction at a time (it is synchronous). PostgreSQL: `pg` through a pool of the app's size,
// with as many transactions in flight as the HTTP load has connections.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { PG_POOL_SIZE, RAW_SECONDS, SIGNED_IN_LEARNERS } from "./config";
import type { BenchContent } from "./seed";
import { toPgTimestamp, toSqliteDate as sqlDate } from "@/lib/db/columns";
import { learnerId } from "./seed";
import { percentile } from "./stats";

type CardRow = { id: string; version: number; state: number; lastReview: string | null };
type Fact = BenchContent["facts"][number];

export type RawResult = { transactionsPerSecond: number; p50Ms: number; p99Ms: number; transactions: number; settings: string; concurrency: number };

/**
 * The n-th transaction's learner and card: learners the HTTP load does not use, so the two never
 * touch the same cards, and consecutive transactions on different learners, so concurrent ones do not either.
 */
function pick(n: number, content: BenchContent, learners: number): { userId: string; fact: Fact } {
  const pool = Math.max(1, learners - SIGNED_IN_LEARNERS);
  return { userId: learnerId(SIGNED_IN_LEARNERS + (n % pool)), fact: content.facts[Math.floor(n / pool) % content.facts.length] as Fact };
}

const summarize = (times: number[], seconds: number, settings: string, concurrency: number): RawResult => ({
  transactionsPerSecond: times.length / seconds,
  p50Ms: percentile(times, 50),
  p99Ms: percentile(times, 99),
  transactions: times.length,
  settings,
  concurrency,
});

export function rawSqlite(dbFile: string, content: BenchContent, learners: number): RawResult {
  // Opened like lib/db/sqlite-adapter.ts opens it: the file's WAL mode, synchronous=FULL (the log synced at
  // every commit, so an acknowledged review survives a power cut).
  const db = new Database(dbFile, { timeout: 5000 });
  db.pragma("synchronous = FULL");
  const select = db.prepare<[string, string], CardRow>(
    `SELECT id, version, state, lastReview FROM "Card" WHERE userId = ? AND factId = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO "Review" (id, userId, cardId, factId, questionId, clientKey, rating, isCorrect, origin, stateBefore, elapsedDays, reviewedAt)
     VALUES (?, ?, ?, ?, ?, ?, 3, NULL, 'flashcard', ?, 0, ?)`,
  );
  const update = db.prepare(
    `UPDATE "Card" SET due = ?, stability = stability * 1.1, reps = reps + 1, lastReview = ?, version = version + 1 WHERE id = ? AND userId = ? AND version = ?`,
  );
  const review = db.transaction((userId: string, fact: Fact, now: Date) => {
    const card = select.get(userId, fact.id);
    if (!card) throw new Error(`no card ${userId}/${fact.id}`);
    insert.run(crypto.randomUUID(), userId, card.id, fact.id, fact.questionIds[0], crypto.randomUUID(), card.state, sqlDate(now));
    if (update.run(sqlDate(new Date(now.getTime() + 86_400_000)), sqlDate(now), card.id, userId, card.version).changes !== 1) throw new Error("stale");
  });
  const synchronous = ["OFF", "NORMAL", "FULL", "EXTRA"][Number(db.pragma("synchronous", { simple: true }))];
  const settings = `journal_mode=${String(db.pragma("journal_mode", { simple: true })).toUpperCase()}, synchronous=${synchronous}`;
  const times: number[] = [];
  const until = performance.now() + RAW_SECONDS * 1000;
  const started = performance.now();
  for (let n = 0; performance.now() < until; n++) {
    const { userId, fact } = pick(n, content, learners);
    const t = performance.now();
    review(userId, fact, new Date());
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return summarize(times, seconds, settings, 1);
}

/**
 * `concurrency` workers, each running one transaction after another through one pool of
 * PG_POOL_SIZE connections (as lib/db/index.ts configures the app's); a transaction's time includes its
 * wait for a connection, as a request's does.
 */
export async function rawPostgres(url: string, content: BenchContent, learners: number, concurrency: number): Promise<RawResult> {
  const pool = new pg.Pool({ connectionString: url, max: PG_POOL_SIZE });
  // A connection the server ends while idle (the database dropped, the cluster stopped) must not end the bench.
  pool.on("error", () => undefined);
  try {
    const review = async (userId: string, fact: Fact, now: Date) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query<Omit<CardRow, "lastReview">>(
          `SELECT id, version, state FROM "Card" WHERE "userId" = $1 AND "factId" = $2`,
          [userId, fact.id],
        );
        const card = rows[0];
        if (!card) throw new Error(`no card ${userId}/${fact.id}`);
        // Timestamps as UTC text (lib/db/columns): timestamp(3) columns keep no zone, as Prisma writes them.
        await client.query(
          `INSERT INTO "Review" (id, "userId", "cardId", "factId", "questionId", "clientKey", rating, "isCorrect", origin, "stateBefore", "elapsedDays", "reviewedAt")
           VALUES ($1, $2, $3, $4, $5, $6, 3, NULL, 'flashcard', $7, 0, $8)`,
          [crypto.randomUUID(), userId, card.id, fact.id, fact.questionIds[0], crypto.randomUUID(), card.state, toPgTimestamp(now)],
        );
        const moved = await client.query(
          `UPDATE "Card" SET due = $1, stability = stability * 1.1, reps = reps + 1, "lastReview" = $2, version = version + 1
           WHERE id = $3 AND "userId" = $4 AND version = $5`,
          [toPgTimestamp(new Date(now.getTime() + 86_400_000)), toPgTimestamp(now), card.id, userId, card.version],
        );
        if (moved.rowCount !== 1) throw new Error("stale");
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    };
    const settings = (await pool.query<{ s: string }>(`SELECT 'fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit') AS s`)).rows[0]?.s ?? "";
    const times: number[] = [];
    const until = performance.now() + RAW_SECONDS * 1000;
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          const { userId, fact } = pick(next++, content, learners);
          const t = performance.now();
          await review(userId, fact, new Date());
          times.push(performance.now() - t);
        }
      }),
    );
    return summarize(times, (performance.now() - started) / 1000, `${settings}, pool of ${PG_POOL_SIZE}`, concurrency);
  } finally {
    await pool.end();
  }
}
