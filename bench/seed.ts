// Throwaway databases for the bench, the same rows on each engine: the rows are made here once
// (real facts and questions from content/, card states from the real scheduler), and a writer per
// engine stores them in bulk through its raw driver (SQLite below, PostgreSQL in ./postgres.ts), so
// seeding stays a small part of the run.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import type { QuestionBank } from "@/lib/content/bank";
import { seededRandom } from "@/lib/quiz/random";
import { kindOf, toSqlite, type Column, type ColumnKind, type ColumnValue, type TableName } from "@/lib/db/columns";
import { isCardQuestion } from "@/lib/srs/form";
import { newCardState, reviewCard, type CardState, type SrsRating } from "@/lib/srs/scheduler";
import {
  ASSIGNMENTS_PER_CLASS,
  BENCH_PASSWORD,
  BIG_CLASS_SIZE,
  CLASS_SIZE,
  FACTS_PER_LEARNER,
  QUESTIONS_PER_QUIZ,
  QUIZ_ASSIGNMENTS_PER_CLASS,
  REVIEWS_PER_CARD,
  ROOT,
  SIGNED_IN_LEARNERS,
  TMP,
  type SeedSize,
} from "./config";

const DAY = 86_400_000;

/** Ids as long as Prisma's cuids, in insertion order, so every index is filled from its end. */
const id = (prefix: string, n: number) => prefix + String(n).padStart(25 - prefix.length, "0");
export const learnerId = (i: number) => id("cl", i);
export const learnerEmail = (i: number) => `learner${i}@bench.example`;
export const teacherId = (c: number) => id("ct", c);
export const teacherEmail = (c: number) => `teacher${c}@bench.example`;
export const classId = (c: number) => id("cc", c);
export const assignmentId = (c: number, a: number) => id("ca", c * ASSIGNMENTS_PER_CLASS + a);
/** The class of BIG_CLASS_SIZE: numbered after the classes of CLASS_SIZE. */
export const bigClassIndex = (size: SeedSize) => size.classes;

export type BenchContent = { facts: { id: string; questionIds: string[] }[]; quizQuestions: string[]; topics: string[] };

export function benchContent(bank: QuestionBank): BenchContent {
  const facts = [...bank.facts.keys()]
    .map((factId) => ({ id: factId, questionIds: (bank.questionsByFact.get(factId) ?? []).filter(isCardQuestion).map((q) => q.id) }))
    .filter((f) => f.questionIds.length > 0)
    .slice(0, FACTS_PER_LEARNER);
  if (facts.length < FACTS_PER_LEARNER) throw new Error(`content/ has only ${facts.length} facts with a card question`);
  return { facts, quizQuestions: [...bank.questions.keys()], topics: bank.topics.map((t) => t.id) };
}

/** The columns the seed fills, per table (names held to the schema's by lib/db/columns; the kinds come from there). */
export const SEED_TABLES = {
  User: ["id", "email", "name", "passwordHash", "role", "timeZone", "createdAt", "updatedAt"],
  Card: ["id", "userId", "factId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version", "createdAt"],
  Review: ["id", "userId", "cardId", "factId", "questionId", "clientKey", "rating", "isCorrect", "origin", "stateBefore", "elapsedDays", "reviewedAt"],
  Class: ["id", "teacherId", "name", "joinCode", "createdAt"],
  Membership: ["id", "classId", "userId", "joinedAt"],
  Assignment: ["id", "classId", "title", "kind", "dueAt", "createdAt", "questionIds", "attemptsAllowed", "lateCounts", "topicId", "targetRecall"],
  Attempt: ["id", "learnerId", "userId", "assignmentId", "mode", "questionIds", "createdAt", "completedAt"],
  Answer: ["id", "attemptId", "questionId", "response", "isCorrect", "prompt", "given", "expected", "clientKey", "timeMs", "createdAt"],
  LearnerParameters: ["id", "userId", "weights", "reviewCount", "logLoss", "fittedAt"],
} as const satisfies { [T in TableName]?: readonly Column<T>[] };

export type { ColumnKind };
export type SeedTable = keyof typeof SEED_TABLES;
export type SeedValue = ColumnValue;
type RowOf<T extends SeedTable> = { [C in (typeof SEED_TABLES)[T][number]]: SeedValue };
export type SeedRow = { [T in SeedTable]: { table: T; row: RowOf<T> } }[SeedTable];

/** The column names and kinds of a table, in one fixed order for both writers. */
export const columnsOf = (table: SeedTable) => (SEED_TABLES[table] as readonly Column<SeedTable>[]).map((c) => [c, kindOf(table, c)] as [string, ColumnKind]);

type Pattern = { reviews: { at: number; rating: SrsRating; stateBefore: number; elapsedDays: number }[]; card: CardState };

/**
 * A few dozen review histories run through the real scheduler, from time 0; each card takes one and
 * shifts it in time. Computing 1,000,000 histories one by one would make the scheduler the seed's cost.
 */
function reviewPatterns(count: number): Pattern[] {
  const random = seededRandom(7);
  const gaps = [0, 1, 4, 12, 35];
  return Array.from({ length: count }, (_, p) => {
    let card = newCardState(new Date(0));
    let at = 0;
    const reviews: Pattern["reviews"] = [];
    for (let k = 0; k < REVIEWS_PER_CARD; k++) {
      at += ((gaps[k] ?? 30) + (p % 5)) * DAY;
      const roll = random();
      const rating: SrsRating = roll < 0.12 ? 1 : roll < 0.25 ? 2 : roll < 0.9 ? 3 : 4;
      const stateBefore = card.state;
      card = reviewCard(card, rating, new Date(at), { desiredRetention: 0.9 });
      reviews.push({ at, rating, stateBefore, elapsedDays: card.elapsedDays });
    }
    return { reviews, card };
  });
}

export type PasswordHashes = { signIn: string; shared: string };

/** A real hash for the learners the load test signs in and the teachers; everyone else shares one of a throwaway password. */
export async function passwordHashes(now: Date): Promise<PasswordHashes> {
  return { signIn: await hashPassword(BENCH_PASSWORD), shared: await hashPassword(`unused ${now.getTime()}`) };
}

/** Every row of one size, parents before children; the same size and `now` give the same rows. */
export function* seedRows(size: SeedSize, content: BenchContent, now: Date, hashes: PasswordHashes): Generator<SeedRow> {
  const patterns = reviewPatterns(64);
  const random = seededRandom(size.learners);
  for (let i = 0; i < size.learners; i++) {
    const userId = learnerId(i);
    const passwordHash = i < SIGNED_IN_LEARNERS ? hashes.signIn : hashes.shared;
    yield { table: "User", row: { id: userId, email: learnerEmail(i), name: `Learner ${i}`, passwordHash, role: "learner", timeZone: "UTC", createdAt: now, updatedAt: now } };
    for (let f = 0; f < content.facts.length; f++) {
      const fact = content.facts[f] as BenchContent["facts"][number];
      const pattern = patterns[(i * 31 + f * 7) % patterns.length] as Pattern;
      const last = pattern.reviews[pattern.reviews.length - 1]?.at ?? 0;
      // The last review was 0-59 days ago: cards whose interval is shorter are due today.
      const shift = now.getTime() - last - Math.floor(random() * 60) * DAY;
      const at = (t: number) => new Date(t + shift);
      const c = pattern.card;
      const cardId = id("cd", i * FACTS_PER_LEARNER + f);
      yield {
        table: "Card",
        row: {
          id: cardId, userId, factId: fact.id, due: at(c.due.getTime()), stability: c.stability, difficulty: c.difficulty, elapsedDays: c.elapsedDays,
          scheduledDays: c.scheduledDays, learningSteps: c.learningSteps, reps: c.reps, lapses: c.lapses, state: c.state,
          lastReview: c.lastReview ? at(c.lastReview.getTime()) : null, version: REVIEWS_PER_CARD, createdAt: at(0),
        },
      };
      for (let k = 0; k < pattern.reviews.length; k++) {
        const r = pattern.reviews[k] as Pattern["reviews"][number];
        yield {
          table: "Review",
          row: {
            id: id("rv", (i * FACTS_PER_LEARNER + f) * REVIEWS_PER_CARD + k), userId, cardId, factId: fact.id,
            questionId: fact.questionIds[k % fact.questionIds.length] as string, clientKey: `seed-${f}-${k}`, rating: r.rating,
            isCorrect: r.rating > 1, origin: "review", stateBefore: r.stateBefore, elapsedDays: r.elapsedDays, reviewedAt: at(r.at),
          },
        };
      }
    }
    // A memory model as after a reset, dated now: scheduled with FSRS's defaults as before, and no fit
    // due until 100 new reviews. Without it every learner's first review in the load queued a fit of
    // their 500 reviews (over the 200 a fit needs), a burst of fits the load would measure instead of reviews.
    yield { table: "LearnerParameters", row: { id: id("lp", i), userId, weights: null, reviewCount: FACTS_PER_LEARNER * REVIEWS_PER_CARD, logLoss: null, fittedAt: now } };
  }

  const classSizes = [...Array.from({ length: size.classes }, () => CLASS_SIZE), BIG_CLASS_SIZE];
  let member = 0;
  let attempt = 0;
  let answer = 0;
  for (const [c, classSize] of classSizes.entries()) {
    yield { table: "User", row: { id: teacherId(c), email: teacherEmail(c), name: `Teacher ${c}`, passwordHash: hashes.signIn, role: "teacher", timeZone: "UTC", createdAt: now, updatedAt: now } };
    yield { table: "Class", row: { id: classId(c), teacherId: teacherId(c), name: `Class ${c}`, joinCode: `BENCH${String(c).padStart(5, "0")}`, createdAt: now } };
    // Classes of 30 take consecutive learners; the class of 300 takes the first 300 again.
    const first = classSize === CLASS_SIZE ? c * CLASS_SIZE : 0;
    const students = Array.from({ length: classSize }, (_, s) => learnerId(first + s));
    for (const userId of students) yield { table: "Membership", row: { id: id("cm", member++), classId: classId(c), userId, joinedAt: now } };
    for (let a = 0; a < ASSIGNMENTS_PER_CLASS; a++) {
      const assignment = assignmentId(c, a);
      const dueMs = now.getTime() + (a - 5) * 7 * DAY;
      const common = { id: assignment, classId: classId(c), dueAt: new Date(dueMs), createdAt: now, attemptsAllowed: 1, lateCounts: false };
      if (a >= QUIZ_ASSIGNMENTS_PER_CLASS) {
        const topicId = content.topics[a % content.topics.length] ?? null;
        yield { table: "Assignment", row: { ...common, title: `Mastery ${a}`, kind: "mastery", questionIds: null, topicId, targetRecall: 0.8 } };
        continue;
      }
      const offset = (c * 13 + a * QUESTIONS_PER_QUIZ) % (content.quizQuestions.length - QUESTIONS_PER_QUIZ);
      const questionIds = content.quizQuestions.slice(offset, offset + QUESTIONS_PER_QUIZ);
      const json = JSON.stringify(questionIds);
      yield { table: "Assignment", row: { ...common, title: `Quiz ${a}`, kind: "quiz", questionIds: json, topicId: null, targetRecall: null } };
      // Done a day before the due date, or today when it is still ahead, so every attempt counts.
      const doneAt = new Date(Math.min(now.getTime(), dueMs - DAY));
      for (const userId of students) {
        const attemptId = id("at", attempt++);
        yield {
          table: "Attempt",
          row: { id: attemptId, learnerId: `guest-${attempt}`, userId, assignmentId: assignment, mode: `assignment:${assignment}`, questionIds: json, createdAt: doneAt, completedAt: doneAt },
        };
        for (const [q, questionId] of questionIds.entries()) {
          yield {
            table: "Answer",
            row: {
              id: id("an", answer++), attemptId, questionId, response: "{}", isCorrect: random() < 0.7, prompt: "prompt", given: "given", expected: "expected",
              clientKey: `k${q}`, timeMs: 9000, createdAt: now,
            },
          };
        }
      }
    }
  }
}

export type SeedRows = { users: number; cards: number; reviews: number; classes: number; memberships: number; assignments: number; attempts: number; answers: number; memoryModels: number };

const COUNT_KEY: Record<SeedTable, keyof SeedRows> = {
  User: "users", Card: "cards", Review: "reviews", Class: "classes", Membership: "memberships", Assignment: "assignments", Attempt: "attempts", Answer: "answers", LearnerParameters: "memoryModels",
};

/** Counts one written row of `table` for the report. */
export const countRow = (counts: SeedRows, table: SeedTable) => counts[COUNT_KEY[table]]++;

export const emptyCounts = (): SeedRows => ({ users: 0, cards: 0, reviews: 0, classes: 0, memberships: 0, assignments: 0, attempts: 0, answers: 0, memoryModels: 0 });

/** An empty database with every migration applied, made once and copied for each size. */
export function migratedTemplate(): string {
  const file = path.join(TMP, "template.db");
  if (!fs.existsSync(file)) {
    execFileSync(process.execPath, ["scripts/ensure-db.mjs"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
  }
  return file;
}

/** database: the SQLite file, or the PostgreSQL database's URL. */
export type SeedReport = { database: string; seconds: number; bytes: number; rows: SeedRows };

/**
 * Puts a file written without syncs on disk before anything is measured on it. The seed leaves
 * hundreds of megabytes (gigabytes at 10x) in the page cache, and while the kernel writes them back
 * the server's log syncs wait behind that I/O (a 4 KB fsync took up to 156 ms instead of about 20 at 1x).
 */
function syncFile(file: string) {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A SQLite file under bench/tmp/: the template copied, then every row in one transaction of prepared
 * statements, then synced. options.unsynced leaves it in the page cache, as the seed did before
 * 2026-12-04 (bench --only=tail --unsynced, to compare).
 */
export async function seedSqlite(size: SeedSize, content: BenchContent, now: Date, hashes: PasswordHashes, options: { unsynced?: boolean } = {}): Promise<SeedReport> {
  const started = performance.now();
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `bench-${size.name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(migratedTemplate(), file);

  const db = new Database(file);
  // Bulk load: no journal while the file is being made; WAL again before the app opens it.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const insert = Object.fromEntries(
    (Object.keys(SEED_TABLES) as SeedTable[]).map((table) => {
      const columns = columnsOf(table);
      const statement = db.prepare(`INSERT INTO "${table}" (${columns.map(([c]) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
      const values: unknown[] = columns.map(() => null);
      return [
        table,
        (row: Record<string, SeedValue>) => {
          for (let i = 0; i < columns.length; i++) {
            const [name, kind] = columns[i] as [string, ColumnKind];
            values[i] = toSqlite(kind, row[name] ?? null);
          }
          statement.run(...values);
        },
      ];
    }),
  ) as Record<SeedTable, (row: Record<string, SeedValue>) => void>;

  const rows = emptyCounts();
  db.transaction(() => {
    for (const r of seedRows(size, content, now, hashes)) {
      insert[r.table](r.row);
      countRow(rows, r.table);
    }
  })();
  db.pragma("journal_mode = WAL");
  db.close();
  if (!options.unsynced) syncFile(file);
  return { database: file, seconds: (performance.now() - started) / 1000, bytes: fs.statSync(file).size, rows };
}
