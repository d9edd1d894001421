// The teacher's class page and the recall figures, on a real SQLite database through Prisma:
// - the page's data comes from one read of the class (roster and assignments included) and one card
//   query for every mastery assignment together, counted on Prisma's own query events;
// - one rule for predicted recall: the dashboard, the student's list, the gradebook and the
//   per-fact analysis give the same figures for the same cards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppSQLiteAdapter } from "@/lib/db/sqlite-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getBank } from "@/lib/content/bank";
import { retrievability } from "@/lib/srs/scheduler";
import { recallHorizon } from "@/lib/srs/recall";
import { prisma as prismaCli } from "../helpers/prisma-cli";

// The app's modules read `db` from lib/db; here it is a client on this test's own database file
// that reports every SQL statement it runs.
const connection = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/lib/db", () => ({
  get db() {
    return connection.client;
  },
}));

const { loadAssignmentAnalysis, loadGradebook } = await import("@/lib/classroom/gradebook");
const { listStudentAssignments } = await import("@/lib/classroom/assignments");
const { loadProgress } = await import("@/lib/progress/load");

const bank = getBank();
const NOW = new Date("2026-12-01T12:00:00Z");
const DAY = 86_400_000;
const topics = bank.topics.filter((t) => t.factCount >= 4).slice(0, 4).map((t) => t.id);
const factsOf = (topic: string) => [...bank.facts.values()].filter((f) => f.topic === topic).map((f) => f.id);

let dir: string;
const connect = (url: string) => new PrismaClient({ adapter: new AppSQLiteAdapter({ url }), log: [{ emit: "event", level: "query" }] });
let client: ReturnType<typeof connect>;
let statements: string[] = [];
const ids = { teacher: "", classId: "", students: [] as string[], mastery: "", quiz: "" };

/** The table each statement reads or writes first, counted. */
function tablesOf(sql: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of sql) {
    const table = /(?:FROM|INTO|UPDATE)\s+[`"]?(?:main[`"]?\.[`"]?)?(\w+)/i.exec(s)?.[1] ?? "?";
    counts[table] = (counts[table] ?? 0) + 1;
  }
  return counts;
}

/** The statements `work` runs. */
async function counted<T>(work: () => Promise<T>): Promise<{ value: T; sql: string[] }> {
  statements = [];
  const value = await work();
  return { value, sql: [...statements] };
}

function card(userId: string, factId: string, daysAgo: number, stability: number, suspended = false) {
  const lastReview = new Date(NOW.getTime() - daysAgo * DAY);
  return {
    userId,
    factId,
    due: new Date(lastReview.getTime() + stability * DAY),
    stability,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: Math.round(stability),
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    lastReview,
    suspended,
  };
}

beforeAll(async () => {
  expect(topics).toHaveLength(4);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovf-classroom-reads-"));
  const url = `file:${path.join(dir, "test.db")}`;
  prismaCli(["migrate", "deploy"], url);
  client = connect(url);
  client.$on("query", (event) => statements.push(event.query));
  connection.client = client;

  const teacher = await client.user.create({ data: { email: "t@example.org", name: "Teacher", role: "teacher" } });
  const students = await Promise.all(
    ["Ann", "Ben", "Cat"].map((name) => client.user.create({ data: { email: `${name.toLowerCase()}@example.org`, name } })),
  );
  const klass = await client.class.create({ data: { teacherId: teacher.id, name: "Arms control 101", joinCode: "ABCDEFGH" } });
  await client.membership.createMany({ data: students.map((s) => ({ classId: klass.id, userId: s.id })) });
  const [ann, ben] = students as [(typeof students)[0], (typeof students)[0]];
  const [t0, t1] = [factsOf(topics[0]!), factsOf(topics[1]!)];
  await client.card.createMany({
    data: [
      ...t0.map((f, i) => card(ann.id, f, 1 + i, 10)),
      card(ben.id, t0[0]!, 3, 4),
      card(ben.id, t0[1]!, 20, 2, true), // suspended: still counts, with its own (low) recall
      card(ben.id, t1[0]!, 2, 30),
    ],
  });
  const mastery = await client.assignment.create({
    data: { classId: klass.id, title: "Hold topic 0", kind: "mastery", dueAt: new Date(NOW.getTime() + 7 * DAY), topicId: topics[0]!, targetRecall: 0.9 },
  });
  await client.assignment.create({
    data: { classId: klass.id, title: "Hold topic 1", kind: "mastery", dueAt: new Date(NOW.getTime() + 7 * DAY), topicId: topics[1]!, targetRecall: 0.8 },
  });
  const quiz = await client.assignment.create({
    data: { classId: klass.id, title: "Quiz", kind: "quiz", dueAt: new Date(NOW.getTime() - DAY), questionIds: JSON.stringify([...bank.questions.keys()].slice(0, 3)) },
  });
  Object.assign(ids, { teacher: teacher.id, classId: klass.id, students: students.map((s) => s.id), mastery: mastery.id, quiz: quiz.id });
}, 60_000);

afterAll(async () => {
  await client?.$disconnect();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the class page's reads", () => {
  it("read the class once and every mastery topic's cards in one query, however many assignments there are", async () => {
    const first = await counted(() => loadGradebook(ids.teacher, ids.classId, bank, NOW));
    expect(tablesOf(first.sql)).toEqual({ Class: 1, Membership: 1, User: 1, Assignment: 1, DueExtension: 1, Attempt: 1, Answer: 1, Card: 1 });
    // Everything the page shows comes from this one load.
    expect(first.value).toMatchObject({ name: "Arms control 101", joinCode: "ABCDEFGH", archivedAt: null });
    expect(first.value?.students.map((s) => [s.name, s.email])).toEqual([
      ["Ann", "ann@example.org"],
      ["Ben", "ben@example.org"],
      ["Cat", "cat@example.org"],
    ]);
    expect(first.value?.assignments).toHaveLength(3);
    // The averages come from the same load: one per student and per assignment, no query of their own.
    expect(first.value?.averages.byStudent.size).toBe(3);
    expect(first.value?.averages.byAssignment.size).toBe(3);

    // Two more mastery assignments, on other topics: the same statements, no more.
    await client.assignment.createMany({
      data: topics.slice(2).map((topicId) => ({ classId: ids.classId, title: `Hold ${topicId}`, kind: "mastery", dueAt: NOW, topicId, targetRecall: 0.7 })),
    });
    const more = await counted(() => loadGradebook(ids.teacher, ids.classId, bank, NOW));
    expect(more.value?.assignments).toHaveLength(5);
    expect(more.sql).toHaveLength(first.sql.length);
    expect(tablesOf(more.sql).Card).toBe(1);
    await client.assignment.deleteMany({ where: { classId: ids.classId, topicId: { in: topics.slice(2) } } });
  });

  it("give another teacher nothing, without reading the cards", async () => {
    const other = await counted(() => loadGradebook(ids.students[0]!, ids.classId, bank, NOW));
    expect(other.value).toBeNull();
    expect(tablesOf(other.sql).Card).toBeUndefined();
  });
});

describe("predicted recall, one rule everywhere", () => {
  it("is the mean over the topic's facts, unstudied ones 0 and suspended ones counted, on every view", async () => {
    const [ann, ben, cat] = ids.students as [string, string, string];
    const facts = factsOf(topics[0]!);
    const cards = await client.card.findMany({ where: { factId: { in: facts } } });
    // A mastery goal is judged at its due date; the dashboard, which shows no date, at its stated horizon.
    const dueAt = new Date(NOW.getTime() + 7 * DAY);
    const expected = (userId: string, at: Date = dueAt) =>
      cards.filter((c) => c.userId === userId).reduce((sum, c) => sum + (retrievability(c, at) ?? 0), 0) / facts.length;
    // Ben's suspended card is in his figure, with its own recall: neither left out nor 0.
    const suspended = cards.find((c) => c.userId === ben && c.suspended)!;
    expect(retrievability(suspended, NOW)).toBeGreaterThan(0.05);

    const book = await loadGradebook(ids.teacher, ids.classId, bank, NOW);
    for (const userId of [ann, ben, cat]) {
      const figure = expected(userId);
      // The teacher's gradebook cell,
      expect(book?.cells.get(`${userId}:${ids.mastery}`)?.recall).toBeCloseTo(figure, 12);
      // the student's own assignment list,
      const mine = await listStudentAssignments(userId, bank, NOW);
      expect(mine.find((a) => a.id === ids.mastery)?.recall).toBeCloseTo(figure, 12);
      // and the student's dashboard, at its horizon, use the same rule.
      const progress = await loadProgress({ id: userId, timeZone: "UTC", dayStartHour: 4 }, bank, NOW);
      expect(progress.topics.find((t) => t.topicId === topics[0])?.meanRecall).toBeCloseTo(expected(userId, recallHorizon(NOW)), 12);
    }
    expect(book?.cells.get(`${cat}:${ids.mastery}`)).toMatchObject({ status: "not_started", recall: 0 });
    expect(book?.cells.get(`${ben}:${ids.mastery}`)?.status).toBe("in_progress");

    // The per-fact figures across the class average to the class's mean topic figure.
    const analysis = await loadAssignmentAnalysis(ids.teacher, ids.classId, ids.mastery, bank, NOW);
    const perFact = analysis?.factRecall ?? [];
    expect(perFact.map((f) => f.factId)).toEqual(facts);
    expect(perFact[1]).toMatchObject({ studied: 2, students: 3 });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(perFact.map((f) => f.meanRecall ?? 0))).toBeCloseTo(mean([ann, ben, cat].map((u) => expected(u))), 12);
  });
});
