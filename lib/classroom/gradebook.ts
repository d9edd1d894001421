// The teacher's views of a class: the gradebook (students by assignments), one student's
// answers, and one assignment's per-question analysis. Each starts from the class row found
// with the teacher's id, so another teacher's class ids return nothing.
import "server-only";
import type { QuestionBank } from "@/lib/content/bank";
import { db } from "@/lib/db";
import { judgeRecallGoal, predictRecall, recallHorizon } from "@/lib/srs/recall";
import { questionStats } from "./analysis";
import { gradebookAverages } from "./averages";
import { parseQuestionIds } from "./assignments";
import { dueFor } from "./extensions";
import { factsOfTopics, loadCards } from "./recall";
import { masteryJudgedAt, masteryOutcome, quizOutcome, type AssignmentStatus } from "./status";

export type GradeCell = {
  status: AssignmentStatus;
  score: number | null;
  /** A quiz's best late try, shown marked late; `lateCounts` says whether it counts. */
  lateScore: number | null;
  lateCounts: boolean;
  recall: number | null;
  attemptsUsed: number;
  /** The due date for this student: the assignment's, or the more time their teacher gave them. */
  dueAt: Date;
  isExtended: boolean;
};

async function ownedClass(teacherId: string, classId: string) {
  return db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      archivedAt: true,
      members: { select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { user: { name: "asc" } } },
      assignments: { orderBy: { dueAt: "asc" }, include: { extensions: { select: { userId: true, dueAt: true } } } },
    },
  });
}

/**
 * The class page's data in one read of the class (name, code, roster, assignments) and one query each
 * for attempts, correct answers and the cards of every mastery topic, however many assignments it has.
 */
export async function loadGradebook(teacherId: string, classId: string, bank: QuestionBank, now: Date) {
  const found = await ownedClass(teacherId, classId);
  if (!found) return null;
  const students = found.members.map((m) => m.user);
  const ids = students.map((s) => s.id);
  const assignmentIds = found.assignments.map((a) => a.id);
  const ofClass = { assignmentId: { in: assignmentIds }, userId: { in: ids } };
  const factsByTopic = factsOfTopics(bank, found.assignments.flatMap((a) => (a.kind === "mastery" ? [a.topicId ?? ""] : [])));
  const [attempts, correct, cardOf] = await Promise.all([
    db.attempt.findMany({ where: ofClass, select: { id: true, userId: true, assignmentId: true, completedAt: true, questionIds: true } }),
    // Counted apart: a relation _count on the attempts makes SQLite group every answer in the database first.
    db.answer.groupBy({ by: ["attemptId"], where: { isCorrect: true, attempt: ofClass }, _count: { _all: true } }),
    loadCards(ids, [...factsByTopic.values()].flat()),
  ]);
  const correctBy = new Map(correct.map((c) => [c.attemptId, c._count._all]));
  const triesBy = new Map<string, { completedAt: Date | null; correct: number; total: number }[]>();
  for (const t of attempts) {
    const key = `${t.userId}:${t.assignmentId}`;
    triesBy.set(key, [...(triesBy.get(key) ?? []), { completedAt: t.completedAt, correct: correctBy.get(t.id) ?? 0, total: parseQuestionIds(t.questionIds).length }]);
  }
  const cells = new Map<string, GradeCell>();
  for (const a of found.assignments) {
    const facts = factsByTopic.get(a.topicId ?? "") ?? [];
    for (const s of students) {
      const dueAt = dueFor(a, s.id);
      const isExtended = dueAt !== a.dueAt;
      if (a.kind === "mastery") {
        const goal = judgeRecallGoal(facts.map((factId) => cardOf(s.id, factId)), a.targetRecall ?? 0.9, masteryJudgedAt(dueAt, now));
        const { status, recall } = masteryOutcome(goal, dueAt, now);
        cells.set(`${s.id}:${a.id}`, { status, recall, score: null, lateScore: null, lateCounts: false, attemptsUsed: 0, dueAt, isExtended });
        continue;
      }
      cells.set(`${s.id}:${a.id}`, { ...quizOutcome(triesBy.get(`${s.id}:${a.id}`) ?? [], dueAt, now, a.lateCounts), recall: null, dueAt, isExtended });
    }
  }
  const averages = gradebookAverages(students, found.assignments, (studentId, assignmentId) => cells.get(`${studentId}:${assignmentId}`));
  return { id: found.id, name: found.name, joinCode: found.joinCode, archivedAt: found.archivedAt, students, assignments: found.assignments, cells, averages };
}

export type Gradebook = NonNullable<Awaited<ReturnType<typeof loadGradebook>>>;

/** One student's answers to this class's assignments, for the teacher of the class. */
export async function loadStudentWork(teacherId: string, classId: string, studentId: string) {
  const member = await db.membership.findFirst({
    where: { classId, userId: studentId, class: { teacherId } },
    select: { user: { select: { id: true, name: true, email: true, role: true } } },
  });
  if (!member) return null;
  const attempts = await db.attempt.findMany({
    where: { userId: studentId, assignment: { classId } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      completedAt: true,
      createdAt: true,
      assignment: { select: { id: true, title: true, dueAt: true } },
      answers: { select: { questionId: true, prompt: true, given: true, expected: true, isCorrect: true, timeMs: true }, orderBy: { createdAt: "asc" } },
    },
  });
  return { student: member.user, attempts };
}

/** Per-question results of a quiz assignment across the class, and each fact's predicted recall across it. */
export async function loadAssignmentAnalysis(teacherId: string, classId: string, assignmentId: string, bank: QuestionBank, now: Date) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classId, class: { teacherId } },
    include: { class: { select: { name: true, members: { select: { userId: true } } } } },
  });
  if (!assignment) return null;
  const memberIds = assignment.class.members.map((m) => m.userId);
  const questionIds = assignment.kind === "quiz" ? parseQuestionIds(assignment.questionIds) : [];
  const facts = assignment.kind === "quiz"
    ? [...new Set(questionIds.flatMap((id) => bank.questions.get(id)?.facts ?? []))]
    : (factsOfTopics(bank, [assignment.topicId ?? ""]).get(assignment.topicId ?? "") ?? []);
  const [answers, cardOf] = await Promise.all([
    db.answer.findMany({
      where: { attempt: { assignmentId, userId: { in: memberIds } } },
      select: { questionId: true, isCorrect: true, given: true, timeMs: true },
    }),
    loadCards(memberIds, facts),
  ]);
  // A mastery topic's facts are judged at the due date, as its goal is; a quiz's at the dashboard's horizon.
  const judgedAt = assignment.kind === "mastery" ? masteryJudgedAt(assignment.dueAt, now) : recallHorizon(now);
  const factRecall = facts.map((factId) => {
    const { count, studied, recall } = predictRecall(memberIds.map((userId) => cardOf(userId, factId)), judgedAt);
    return { factId, statement: bank.facts.get(factId)?.statement ?? factId, studied, students: count, meanRecall: recall };
  });
  return { assignment, stats: questionStats(questionIds, answers), factRecall, judgedAt };
}
