// The database's ceiling: the review's database work (read the card, append the review, move the
// card under its version) through better-sqlite3 alone, one transaction at a time, no HTTP.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { RAW_SECONDS, SIGNED_IN_LEARNERS } from "./config";
import type { BenchContent } from "./seed";
import { learnerId, sqlDate } from "./seed";
import { percentile } from "./stats";

type CardRow = { id: string; version: number; state: number; lastReview: string | null };

export type RawResult = { transactionsPerSecond: number; p50Ms: number; p99Ms: number; transactions: number; pragmas: string };

export function rawReviews(dbFile: string, content: BenchContent, learners: number): RawResult {
  // Opened like lib/db-adapter.ts opens it: the file's WAL mode, synchronous=FULL (the log synced at
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
  const review = db.transaction((userId: string, fact: BenchContent["facts"][number], now: Date) => {
    const card = select.get(userId, fact.id);
    if (!card) throw new Error(`no card ${userId}/${fact.id}`);
    insert.run(crypto.randomUUID(), userId, card.id, fact.id, fact.questionIds[0], crypto.randomUUID(), card.state, sqlDate(now));
    if (update.run(sqlDate(new Date(now.getTime() + 86_400_000)), sqlDate(now), card.id, userId, card.version).changes !== 1) throw new Error("stale");
  });
  const pragmas = `journal_mode=${db.pragma("journal_mode", { simple: true })}, synchronous=${db.pragma("synchronous", { simple: true })}`;
  // Learners the HTTP load does not use, so the two never touch the same cards.
  const pool = Math.max(1, learners - SIGNED_IN_LEARNERS);
  const times: number[] = [];
  const until = performance.now() + RAW_SECONDS * 1000;
  const started = performance.now();
  for (let n = 0; performance.now() < until; n++) {
    const userId = learnerId(SIGNED_IN_LEARNERS + (n % pool));
    const fact = content.facts[Math.floor(n / pool) % content.facts.length] as BenchContent["facts"][number];
    const t = performance.now();
    review(userId, fact, new Date());
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { transactionsPerSecond: times.length / seconds, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), transactions: times.length, pragmas };
}
