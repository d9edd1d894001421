// Assignments: created by the class's teacher, done by its students in the ordinary quiz and
// review screens. Every read names the teacher (through the class) or the student (through a
// membership), so ids from another class reach nothing.
import "server-only";
import { z } from "zod";
import type { QuestionBank } from "@/lib/content/bank";
import { db } from "@/lib/db";
import { pickQuestions, MAX_QUIZ_LENGTH } from "@/lib/quiz/build";
import { hashString, seededRandom } from "@/lib/quiz/random";
import type { Taker } from "@/lib/quiz/taker";
import { judgeRecallGoal } from "@/lib/srs/recall";
import { zonedToInstant } from "@/lib/time/due";
import { dueFor } from "./extensions";
import { factsOfTopics, loadCards } from "./recall";
import { masteryJudgedAt, masteryOutcome, quizOutcome, type AssignmentStatus } from "./status";

const Title = z.string().trim().min(1, "Give the assignment a title.").max(120, "Use at most 120 characters.");
const LocalDue = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a due date and time.");

export const AssignmentInput = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("quiz"),
      title: Title,
      due: LocalDue,
      topic: z.string().min(1).max(100).optional(),
      count: z.coerce.number().int().min(1, "Ask at least one question.").max(MAX_QUIZ_LENGTH, `Ask at most ${MAX_QUIZ_LENGTH} questions.`).optional(),
      questionIds: z.array(z.string().min(1).max(100)).min(1).max(MAX_QUIZ_LENGTH).optional(),
      attemptsAllowed: z.coerce.number().int().min(1, "Allow at least one attempt.").max(10, "Allow at most 10 attempts."),
      lateCounts: z.boolean(),
    })
    .strict()
    .refine((a) => (a.questionIds ? !a.topic : a.topic && a.count), "Choose a topic and a number of questions, or pick questions by hand."),
  z
    .object({
      kind: z.literal("mastery"),
      title: Title,
      due: LocalDue,
      topic: z.string().min(1, "Choose a topic.").max(100),
      targetPercent: z.coerce.number().int().min(50, "The target is between 50% and 99%.").max(99, "The target is between 50% and 99%."),
    })
    .strict(),
]);
export type AssignmentInput = z.infer<typeof AssignmentInput>;

export type CreateResult = { ok: true; id: string } | { ok: false; status: 404 | 422; message: string };

export async function createAssignment(
  teacher: { id: string; timeZone: string },
  classId: string,
  input: AssignmentInput,
  bank: QuestionBank,
): Promise<CreateResult> {
  const owned = await db.class.findFirst({ where: { id: classId, teacherId: teacher.id }, select: { id: true } });
  if (!owned) return { ok: false, status: 404, message: "That class does not exist or is not yours." };
  const dueAt = zonedToInstant(input.due, teacher.timeZone);
  if (!dueAt) return { ok: false, status: 422, message: "That due date does not exist." };
  const topicKnown = (t: string) => t === "mixed" || bank.topics.some((x) => x.id === t);
  if (input.topic && !topicKnown(input.topic)) return { ok: false, status: 422, message: `There is no topic "${input.topic}".` };

  if (input.kind === "mastery") {
    if (input.topic === "mixed") return { ok: false, status: 422, message: "Mastery is set on one topic." };
    const created = await db.assignment.create({
      data: { classId, title: input.title, kind: "mastery", dueAt, topicId: input.topic, targetRecall: input.targetPercent / 100 },
    });
    return { ok: true, id: created.id };
  }
  let questionIds = input.questionIds;
  if (questionIds) {
    const unknown = questionIds.filter((id) => !bank.questions.has(id));
    if (unknown.length) return { ok: false, status: 422, message: `Unknown question id(s): ${unknown.join(", ")}.` };
  } else {
    const random = seededRandom(hashString(`${classId}:${input.title}:${dueAt.toISOString()}`));
    questionIds = pickQuestions(bank, input.topic === "mixed" ? null : (input.topic ?? null), input.count ?? 10, random);
  }
  const created = await db.assignment.create({
    data: {
      classId,
      title: input.title,
      kind: "quiz",
      dueAt,
      questionIds: JSON.stringify(questionIds),
      attemptsAllowed: input.attemptsAllowed,
      lateCounts: input.lateCounts,
      ...(input.topic && input.topic !== "mixed" ? { topicId: input.topic } : {}),
    },
  });
  return { ok: true, id: created.id };
}

export async function deleteAssignment(teacherId: string, classId: string, assignmentId: string): Promise<boolean> {
  const result = await db.assignment.deleteMany({ where: { id: assignmentId, classId, class: { teacherId } } });
  return result.count === 1;
}

export type StudentAssignment = {
  id: string;
  classId: string;
  className: string;
  title: string;
  kind: "quiz" | "mastery";
  dueAt: Date;
  status: AssignmentStatus;
  score: number | null;
  /** A quiz's best late try, shown marked late; `lateCounts` says whether it counts. */
  lateScore: number | null;
  lateCounts: boolean;
  /** The student was given more time: `dueAt` is theirs. */
  isExtended: boolean;
  /** Mastery: the topic's predicted recall at the due date (now, once it has passed). */
  recall: number | null;
  target: number | null;
  /** Mastery: the topic, its number of facts, and how many are predicted below the target at the due date. */
  topicId: string | null;
  facts: number;
  below: number;
  /** The due date has passed. */
  isPast: boolean;
  attemptsUsed: number;
  attemptsAllowed: number;
  openAttemptId: string | null;
  isArchived: boolean;
};

export function parseQuestionIds(json: string | null): string[] {
  return json ? (JSON.parse(json) as string[]) : [];
}

export async function listStudentAssignments(userId: string, bank: QuestionBank, now: Date): Promise<StudentAssignment[]> {
  const assignments = await db.assignment.findMany({
    where: { class: { members: { some: { userId } } } },
    include: {
      class: { select: { name: true, archivedAt: true } },
      extensions: { where: { userId }, select: { userId: true, dueAt: true } },
      attempts: { where: { userId }, select: { id: true, completedAt: true, questionIds: true, answers: { select: { isCorrect: true } } } },
    },
    orderBy: { dueAt: "asc" },
  });
  // Every mastery topic's cards in one read, however many assignments ask about them.
  const factsByTopic = factsOfTopics(bank, assignments.flatMap((a) => (a.kind === "mastery" ? [a.topicId ?? ""] : [])));
  const cardOf = await loadCards([userId], [...factsByTopic.values()].flat());
  const out: StudentAssignment[] = [];
  for (const a of assignments) {
    const dueAt = dueFor(a, userId);
    const base = {
      id: a.id,
      classId: a.classId,
      className: a.class.name,
      title: a.title,
      kind: a.kind as "quiz" | "mastery",
      dueAt,
      isExtended: dueAt !== a.dueAt,
      attemptsAllowed: a.attemptsAllowed,
      isArchived: a.class.archivedAt !== null,
      isPast: now > dueAt,
    };
    if (a.kind === "mastery") {
      const facts = factsByTopic.get(a.topicId ?? "") ?? [];
      const goal = judgeRecallGoal(facts.map((factId) => cardOf(userId, factId)), a.targetRecall ?? 0.9, masteryJudgedAt(dueAt, now));
      const outcome = masteryOutcome(goal, dueAt, now);
      out.push({ ...base, ...outcome, facts: facts.length, topicId: a.topicId, score: null, lateScore: null, lateCounts: false, target: a.targetRecall, attemptsUsed: 0, openAttemptId: null });
      continue;
    }
    const tries = a.attempts.map((t) => ({
      completedAt: t.completedAt,
      correct: t.answers.filter((x) => x.isCorrect).length,
      total: parseQuestionIds(t.questionIds).length,
    }));
    const outcome = quizOutcome(tries, dueAt, now, a.lateCounts);
    const open = a.attempts.find((t) => !t.completedAt);
    out.push({ ...base, ...outcome, recall: null, target: null, topicId: a.topicId, facts: 0, below: 0, openAttemptId: open?.id ?? null });
  }
  return out;
}

export type StartAssignmentResult = { ok: true; attemptId: string } | { ok: false; status: 404 | 409 | 422; message: string };

/** Starts (or resumes) the student's attempt at a quiz assignment, within the attempts allowed. */
export async function startAssignment(taker: Taker & { learnerId: string; userId: string }, assignmentId: string): Promise<StartAssignmentResult> {
  return db.$transaction(async (tx) => {
    const a = await tx.assignment.findFirst({
      where: { id: assignmentId, class: { members: { some: { userId: taker.userId } } } },
      include: { class: { select: { archivedAt: true } } },
    });
    if (!a) return { ok: false, status: 404, message: "That assignment does not exist or is not for you." };
    if (a.kind !== "quiz") return { ok: false, status: 422, message: "A mastery assignment is done in your daily review." };
    // Starts of one assignment take turns (a double click, two app instances): this write changes nothing
    // but locks the assignment's row until the attempt is made, so the attempts are counted under the lock.
    await tx.assignment.update({ where: { id: a.id }, data: { attemptsAllowed: { increment: 0 } } });
    const attempts = await tx.attempt.findMany({ where: { assignmentId: a.id, userId: taker.userId }, select: { id: true, completedAt: true } });
    const open = attempts.find((t) => !t.completedAt);
    if (open) return { ok: true, attemptId: open.id };
    if (a.class.archivedAt) return { ok: false, status: 409, message: "That class is archived: its work is closed." };
    if (attempts.length >= a.attemptsAllowed) {
      return { ok: false, status: 409, message: `You have used all ${a.attemptsAllowed} attempt(s) of this assignment.` };
    }
    const created = await tx.attempt.create({
      data: {
        learnerId: taker.learnerId,
        userId: taker.userId,
        assignmentId: a.id,
        mode: `assignment:${a.id}`,
        questionIds: a.questionIds ?? "[]",
      },
    });
    return { ok: true, attemptId: created.id };
  });
}
