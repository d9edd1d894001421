// Throwaway databases for the bench: migrated by scripts/ensure-db.mjs like a real one, then filled
// through the raw driver in one transaction of prepared statements, so seeding stays a small part of
// the run. Facts and questions are the real ones from content/; card states come from the real scheduler.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/auth/password";
import type { QuestionBank } from "@/lib/content/bank";
import { seededRandom } from "@/lib/quiz/random";
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

/** SQLite text the way Prisma's better-sqlite3 adapter writes a DateTime (compared as text). */
export const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

export type BenchContent = { facts: { id: string; questionIds: string[] }[]; quizQuestions: string[]; topics: string[] };

export function benchContent(bank: QuestionBank): BenchContent {
  const facts = [...bank.facts.keys()]
    .map((factId) => ({ id: factId, questionIds: (bank.questionsByFact.get(factId) ?? []).filter(isCardQuestion).map((q) => q.id) }))
    .filter((f) => f.questionIds.length > 0)
    .slice(0, FACTS_PER_LEARNER);
  if (facts.length < FACTS_PER_LEARNER) throw new Error(`content/ has only ${facts.length} facts with a card question`);
  return { facts, quizQuestions: [...bank.questions.keys()], topics: bank.topics.map((t) => t.id) };
}

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
      const elapsedDays = card.lastReview ? Math.floor((at - card.lastReview.getTime()) / DAY) : 0;
      reviews.push({ at, rating, stateBefore: card.state, elapsedDays });
      card = reviewCard(card, rating, new Date(at), { desiredRetention: 0.9 });
    }
    return { reviews, card };
  });
}

/** An empty database with every migration applied, made once and copied for each size. */
function migratedTemplate(): string {
  const file = path.join(TMP, "template.db");
  if (!fs.existsSync(file)) {
    execFileSync(process.execPath, ["scripts/ensure-db.mjs"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "ignore" });
  }
  return file;
}

type SeedRows = { users: number; cards: number; reviews: number; classes: number; memberships: number; assignments: number; attempts: number; answers: number };
export type SeedReport = { file: string; seconds: number; bytes: number; rows: SeedRows };

export async function seedDatabase(size: SeedSize, content: BenchContent, now: Date): Promise<SeedReport> {
  const started = performance.now();
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, `bench-${size.name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(migratedTemplate(), file);

  // A real hash for the learners the load test signs in and the teachers; everyone else shares one of a throwaway password.
  const signInHash = await hashPassword(BENCH_PASSWORD);
  const sharedHash = await hashPassword(`unused ${now.getTime()}`);

  const db = new Database(file);
  // Bulk load: no journal while the file is being made; WAL again before the app opens it.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const rows: SeedRows = { users: 0, cards: 0, reviews: 0, classes: 0, memberships: 0, assignments: 0, attempts: 0, answers: 0 };
  const stamp = sqlDate(now);

  const insertUser = db.prepare(
    `INSERT INTO "User" (id, email, name, passwordHash, role, timeZone, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'UTC', ?, ?)`,
  );
  const insertCard = db.prepare(
    `INSERT INTO "Card" (id, userId, factId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, version, createdAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReview = db.prepare(
    `INSERT INTO "Review" (id, userId, cardId, factId, questionId, clientKey, rating, isCorrect, origin, stateBefore, elapsedDays, reviewedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'review', ?, ?, ?)`,
  );
  const insertClass = db.prepare(`INSERT INTO "Class" (id, teacherId, name, joinCode, createdAt) VALUES (?, ?, ?, ?, ?)`);
  const insertMember = db.prepare(`INSERT INTO "Membership" (id, classId, userId, joinedAt) VALUES (?, ?, ?, ?)`);
  const insertAssignment = db.prepare(
    `INSERT INTO "Assignment" (id, classId, title, kind, dueAt, createdAt, questionIds, attemptsAllowed, lateCounts, topicId, targetRecall)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?)`,
  );
  const insertAttempt = db.prepare(
    `INSERT INTO "Attempt" (id, learnerId, userId, assignmentId, mode, questionIds, createdAt, completedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAnswer = db.prepare(
    `INSERT INTO "Answer" (id, attemptId, questionId, response, isCorrect, prompt, given, expected, clientKey, timeMs, createdAt)
     VALUES (?, ?, ?, '{}', ?, 'prompt', 'given', 'expected', ?, 9000, ?)`,
  );

  const patterns = reviewPatterns(64);
  const random = seededRandom(size.learners);
  db.transaction(() => {
    for (let i = 0; i < size.learners; i++) {
      const userId = learnerId(i);
      insertUser.run(userId, learnerEmail(i), `Learner ${i}`, i < SIGNED_IN_LEARNERS ? signInHash : sharedHash, "learner", stamp, stamp);
      content.facts.forEach((fact, f) => {
        const pattern = patterns[(i * 31 + f * 7) % patterns.length] as Pattern;
        const last = pattern.reviews[pattern.reviews.length - 1]?.at ?? 0;
        // The last review was 0-59 days ago: cards whose interval is shorter are due today.
        const shift = now.getTime() - last - Math.floor(random() * 60) * DAY;
        const at = (t: number) => sqlDate(new Date(t + shift));
        const c = pattern.card;
        const cardId = id("cd", i * FACTS_PER_LEARNER + f);
        insertCard.run(
          cardId, userId, fact.id, at(c.due.getTime()), c.stability, c.difficulty, c.elapsedDays, c.scheduledDays,
          c.learningSteps, c.reps, c.lapses, c.state, c.lastReview ? at(c.lastReview.getTime()) : null, REVIEWS_PER_CARD, at(0),
        );
        pattern.reviews.forEach((r, k) => {
          const questionId = fact.questionIds[k % fact.questionIds.length] as string;
          insertReview.run(
            id("rv", (i * FACTS_PER_LEARNER + f) * REVIEWS_PER_CARD + k), userId, cardId, fact.id, questionId,
            `seed-${f}-${k}`, r.rating, r.rating > 1 ? 1 : 0, r.stateBefore, r.elapsedDays, at(r.at),
          );
        });
      });
    }
    rows.users = size.learners;
    rows.cards = size.learners * FACTS_PER_LEARNER;
    rows.reviews = rows.cards * REVIEWS_PER_CARD;

    const classSizes = [...Array.from({ length: size.classes }, () => CLASS_SIZE), BIG_CLASS_SIZE];
    let member = 0;
    let attempt = 0;
    let answer = 0;
    classSizes.forEach((classSize, c) => {
      insertUser.run(teacherId(c), teacherEmail(c), `Teacher ${c}`, signInHash, "teacher", stamp, stamp);
      rows.users++;
      insertClass.run(classId(c), teacherId(c), `Class ${c}`, `BENCH${String(c).padStart(5, "0")}`, stamp);
      rows.classes++;
      // Classes of 30 take consecutive learners; the class of 300 takes the first 300 again.
      const first = classSize === CLASS_SIZE ? c * CLASS_SIZE : 0;
      const students = Array.from({ length: classSize }, (_, s) => learnerId(first + s));
      for (const userId of students) insertMember.run(id("cm", member++), classId(c), userId, stamp);
      rows.memberships += students.length;
      for (let a = 0; a < ASSIGNMENTS_PER_CLASS; a++) {
        const assignment = assignmentId(c, a);
        const dueMs = now.getTime() + (a - 5) * 7 * DAY;
        const dueAt = sqlDate(new Date(dueMs));
        if (a >= QUIZ_ASSIGNMENTS_PER_CLASS) {
          const topic = content.topics[a % content.topics.length] ?? null;
          insertAssignment.run(assignment, classId(c), `Mastery ${a}`, "mastery", dueAt, stamp, null, topic, 0.8);
          rows.assignments++;
          continue;
        }
        const offset = (c * 13 + a * QUESTIONS_PER_QUIZ) % (content.quizQuestions.length - QUESTIONS_PER_QUIZ);
        const questionIds = content.quizQuestions.slice(offset, offset + QUESTIONS_PER_QUIZ);
        const json = JSON.stringify(questionIds);
        insertAssignment.run(assignment, classId(c), `Quiz ${a}`, "quiz", dueAt, stamp, json, null, null);
        rows.assignments++;
        // Done a day before the due date, or today when it is still ahead, so every attempt counts.
        const doneAt = sqlDate(new Date(Math.min(now.getTime(), dueMs - DAY)));
        for (const userId of students) {
          const attemptId = id("at", attempt++);
          insertAttempt.run(attemptId, `guest-${attempt}`, userId, assignment, `assignment:${assignment}`, json, doneAt, doneAt);
          questionIds.forEach((questionId, q) => insertAnswer.run(id("an", answer++), attemptId, questionId, random() < 0.7 ? 1 : 0, `k${q}`, stamp));
        }
      }
    });
    rows.attempts = attempt;
    rows.answers = answer;
  })();
  db.pragma("journal_mode = WAL");
  db.close();
  return { file, seconds: (performance.now() - started) / 1000, bytes: fs.statSync(file).size, rows };
}
