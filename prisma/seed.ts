// npm run db:seed -- --demo: a demo teacher, a class of 25 students with 60 days of simulated
// reviews and quiz answers, and assignments in every status. Re-running replaces the demo rows;
// it refuses to run in production. Without --demo there is nothing to seed: content lives in files.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { buildBank } from "../lib/content/bank";
import { isDatabaseBusy } from "../lib/db/errors";
import { PrismaClient } from "../lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "../lib/generated/prisma-pg/client";
import { isPostgresUrl } from "../lib/db/database-url.mjs";
import { SQLITE_WAIT_MS } from "./cli-adapters";
import { simulateAnswers, simulateStudy } from "./demo";

export const DEMO_PASSWORD = "overflight-demo";
export const DEMO_TEACHER = "demo-teacher@overflight.example";
const studentEmail = (i: number) => `demo-student-${String(i + 1).padStart(2, "0")}@overflight.example`;
const NAMES = [
  "Ada Lovelace", "Bayo Adeyemi", "Chen Wei", "Dana Novak", "Elif Yilmaz", "Farah Haddad", "Gustav Berg", "Hana Sato",
  "Ivan Petrov", "Jana Dvořák", "Kofi Mensah", "Lena Fischer", "Mateo García", "Nadia Rahman", "Oskar Lind", "Priya Nair",
  "Quentin Moreau", "Rosa Costa", "Sven Olsen", "Tamar Levi", "Uma Iyer", "Viktor Horvat", "Wen Li", "Yara Haddad", "Zofia Kowalska",
];
const DAY = 24 * 60 * 60 * 1000;

async function seedDemo(db: PrismaClient) {
  const bank = buildBank(path.join(process.cwd(), "content"));
  const now = new Date();
  const passwordHash = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const emails = [DEMO_TEACHER, ...NAMES.map((_, i) => studentEmail(i))];
  await db.user.deleteMany({ where: { email: { in: emails } } });

  const teacher = await db.user.create({ data: { email: DEMO_TEACHER, name: "Demo Teacher", role: "teacher", passwordHash } });
  const klass = await db.class.create({ data: { teacherId: teacher.id, name: "Demo: Arms control seminar", joinCode: "DEMOCLAS" } });
  const mc = (topic: string) =>
    (bank.questionsByTopic.get(topic) ?? []).map((id) => bank.questions.get(id)!).filter((q) => q.type === "multiple_choice").slice(0, 6);
  const quizzes = [
    { title: "Open Skies: how it worked", topic: "open-skies-treaty", dueAt: new Date(now.getTime() - 30 * DAY), lateCounts: false, done: [18, 21, 23] },
    { title: "Withdrawals 2020-2021", topic: "withdrawals", dueAt: new Date(now.getTime() + 5 * DAY), lateCounts: false, done: [10, 15, 15] },
    { title: "INF and ABM", topic: "inf", dueAt: new Date(now.getTime() - 10 * DAY), lateCounts: true, done: [13, 20, 20] },
  ];
  const assignments = [];
  for (const quiz of quizzes) {
    const questions = mc(quiz.topic);
    const a = await db.assignment.create({
      data: { classId: klass.id, title: quiz.title, kind: "quiz", dueAt: quiz.dueAt, questionIds: JSON.stringify(questions.map((q) => q.id)), attemptsAllowed: 2, lateCounts: quiz.lateCounts, topicId: quiz.topic },
    });
    assignments.push({ ...quiz, id: a.id, questions });
  }
  await db.assignment.create({
    data: { classId: klass.id, title: "Keep New START above 80%", kind: "mastery", dueAt: new Date(now.getTime() + 14 * DAY), topicId: "new-start", targetRecall: 0.8 },
  });

  for (const [i, name] of NAMES.entries()) {
    const ability = 0.35 + (0.6 * ((i * 7) % 25)) / 24;
    const student = await db.user.create({ data: { email: studentEmail(i), name, passwordHash } });
    await db.membership.create({ data: { classId: klass.id, userId: student.id, joinedAt: new Date(now.getTime() - 61 * DAY) } });
    const { cards, reviews } = simulateStudy(bank, i, ability, now);
    await db.card.createMany({ data: cards.map(({ factId, state }) => ({ userId: student.id, factId, ...state, version: 1 })) });
    const cardIds = new Map((await db.card.findMany({ where: { userId: student.id }, select: { id: true, factId: true } })).map((c) => [c.factId, c.id]));
    await db.review.createMany({
      data: reviews.map((r, n) => ({ ...r, userId: student.id, cardId: cardIds.get(r.factId) ?? "", origin: "review", clientKey: `demo-${i}-${n}` })),
    });
    for (const a of assignments) {
      const [onTime, lateUntil, startedUntil] = a.done;
      // Students before onTime finish early; then late; then started but unfinished; the rest never start.
      const early = Math.min(a.dueAt.getTime() - 2 * DAY, now.getTime() - DAY);
      const late = a.dueAt.getTime() + 3 * DAY;
      const finishedAt = i < onTime! ? new Date(early) : i < lateUntil! && late < now.getTime() ? new Date(late) : null;
      if (!finishedAt && i >= startedUntil!) continue;
      const answers = simulateAnswers(bank, a.questions, `demo-${i}-${a.id}`, ability, finishedAt ? a.questions.length : 3);
      await db.attempt.create({
        data: {
          learnerId: crypto.randomUUID(),
          userId: student.id,
          assignmentId: a.id,
          mode: `assignment:${a.id}`,
          questionIds: JSON.stringify(a.questions.map((q) => q.id)),
          createdAt: new Date((finishedAt ?? now).getTime() - 20 * 60 * 1000),
          completedAt: finishedAt,
          answers: { create: answers.map((x, n) => ({ ...x, clientKey: `demo-${i}-${n}` })) },
        },
      });
    }
  }
  console.log(`Demo ready: sign in as ${DEMO_TEACHER} or ${studentEmail(0)} with the password "${DEMO_PASSWORD}".`);
}

async function main() {
  if (process.env.NODE_ENV === "production") {
    console.error("Refusing to seed demo data in production mode.");
    process.exit(1);
  }
  if (!process.argv.includes("--demo")) {
    console.log("Nothing to seed: the treaty content is read from content/. Use --demo for a demo class.");
    return;
  }
  const url = process.env.DATABASE_URL || "file:./data/overflight.db";
  // The database is created and migrated first, as on `npm start`.
  const migrated = spawnSync(process.execPath, ["scripts/ensure-db.mjs"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (migrated.status !== 0) process.exit(1);
  // timeout (busy_timeout): each write waits for the lock a running app holds between its own writes.
  // Both clients share one query API (scripts/db-schema.mjs), as in lib/db.
  const db = isPostgresUrl(url)
    ? (new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient)
    : new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: SQLITE_WAIT_MS }) });
  try {
    await seedDemo(db);
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    console.error(
      `Another process holds the database ${url}: its write lock stayed taken for longer than the seed waits (${SQLITE_WAIT_MS / 1000} s). ` +
        "This is most likely the app itself, busy with requests. Run the seed again in a moment, or stop the app first.",
    );
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
