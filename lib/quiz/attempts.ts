// Attempts and their answers in the database. Every read and write names the learner, and the
// learner id is part of each `where`, so one learner can never reach another's attempt.
import "server-only";
import type { QuestionBank } from "@/lib/content/bank";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { gradeAnswer, type AnswerResponse, type GradePart } from "./grade";
import { attemptsOf, type Taker } from "./taker";

export type StoredAnswer = {
  questionId: string;
  isCorrect: boolean;
  prompt: string;
  given: string;
  expected: string;
  detail?: string;
  parts?: GradePart[];
};

/** The class assignment an attempt is for: what the quiz, its results and the history name it by. */
export type AttemptAssignment = { title: string; className: string; dueAt: Date };

const assignmentSelect = {
  select: { title: true, dueAt: true, class: { select: { name: true } }, extensions: { select: { userId: true, dueAt: true } } },
} as const;

/** The assignment in words, its due date the one for this student (more time from the teacher included). */
function toAssignment(
  row: { title: string; dueAt: Date; class: { name: string }; extensions: { userId: string; dueAt: Date }[] } | null,
  userId: string | null,
): AttemptAssignment | null {
  if (!row) return null;
  const dueAt = row.extensions.find((e) => e.userId === userId)?.dueAt ?? row.dueAt;
  return { title: row.title, className: row.class.name, dueAt };
}

export type AttemptView = {
  id: string;
  mode: string;
  assignment: AttemptAssignment | null;
  questionIds: string[];
  createdAt: Date;
  completedAt: Date | null;
  answers: Map<string, StoredAnswer>;
};

export type RecordFailure = {
  ok: false;
  status: 404 | 409 | 410 | 422;
  code: string;
  message: string;
};
export type RecordSuccess = { ok: true; replayed: boolean; answer: StoredAnswer; completed: boolean };

const answerSelect = {
  questionId: true,
  isCorrect: true,
  prompt: true,
  given: true,
  expected: true,
  response: true,
  clientKey: true,
} as const;

type AnswerRow = Prisma.AnswerGetPayload<{ select: typeof answerSelect }>;

function toStored(row: AnswerRow): StoredAnswer {
  // The grade's notes are kept beside the response (answers stored before parts existed have none).
  const { detail, parts } = JSON.parse(row.response) as { detail?: string; parts?: GradePart[] };
  return {
    questionId: row.questionId,
    isCorrect: row.isCorrect,
    prompt: row.prompt,
    given: row.given,
    expected: row.expected,
    ...(detail ? { detail } : {}),
    ...(parts ? { parts } : {}),
  };
}

export async function createAttempt(input: { taker: Taker & { learnerId: string }; mode: string; questionIds: string[] }) {
  return db.attempt.create({
    data: {
      learnerId: input.taker.learnerId,
      userId: input.taker.userId,
      mode: input.mode,
      questionIds: JSON.stringify(input.questionIds),
    },
    select: { id: true },
  });
}

export async function getAttempt(input: { taker: Taker; attemptId: string }): Promise<AttemptView | null> {
  const row = await db.attempt.findFirst({
    where: { id: input.attemptId, ...attemptsOf(input.taker) },
    include: { answers: { select: answerSelect, orderBy: { createdAt: "asc" } }, assignment: assignmentSelect },
  });
  if (!row) return null;
  return {
    id: row.id,
    mode: row.mode,
    assignment: toAssignment(row.assignment, row.userId),
    questionIds: JSON.parse(row.questionIds) as string[],
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    answers: new Map(row.answers.map((a) => [a.questionId, toStored(a)])),
  };
}

const fail = (status: RecordFailure["status"], code: string, message: string): RecordFailure => ({
  ok: false,
  status,
  code,
  message,
});

/**
 * Grades and stores one answer. Idempotent by clientKey: the same submission sent twice is
 * stored once and both calls get the same result. A different second answer is refused.
 */
export async function recordAnswer(
  bank: QuestionBank,
  input: {
    taker: Taker;
    attemptId: string;
    questionId: string;
    clientKey: string;
    response: AnswerResponse;
    timeMs?: number;
    now: Date;
  },
): Promise<RecordSuccess | RecordFailure> {
  const attempt = await getAttempt(input);
  if (!attempt) return fail(404, "attempt_not_found", "This quiz does not exist or is not yours.");

  const replay = await db.answer.findFirst({
    where: { attemptId: attempt.id, clientKey: input.clientKey },
    select: answerSelect,
  });
  if (replay) {
    if (replay.questionId !== input.questionId) {
      return fail(409, "key_reused", "This submission id was already used for another question.");
    }
    return { ok: true, replayed: true, answer: toStored(replay), completed: attempt.completedAt !== null };
  }
  if (!attempt.questionIds.includes(input.questionId)) {
    return fail(422, "not_in_attempt", "That question is not part of this quiz.");
  }
  if (attempt.answers.has(input.questionId)) {
    return fail(409, "already_answered", "You have already answered this question.");
  }
  const question = bank.questions.get(input.questionId);
  if (!question) return fail(410, "question_retired", "This question has been retired from the quiz bank.");

  const outcome = gradeAnswer(question, input.response, bank);
  if (!outcome.ok) return fail(422, "invalid_answer", outcome.message);
  const { grade } = outcome;
  const completes = attempt.answers.size + 1 === attempt.questionIds.length;

  try {
    await db.$transaction([
      db.answer.create({
        data: {
          attemptId: attempt.id,
          questionId: question.id,
          clientKey: input.clientKey,
          response: JSON.stringify({
            ...input.response,
            ...(grade.detail ? { detail: grade.detail } : {}),
            ...(grade.parts ? { parts: grade.parts } : {}),
          }),
          isCorrect: grade.isCorrect,
          prompt: question.prompt,
          given: grade.given,
          expected: grade.expected,
          timeMs: input.timeMs ?? null,
        },
      }),
      ...(completes ? [db.attempt.update({ where: { id: attempt.id }, data: { completedAt: input.now } })] : []),
    ]);
  } catch (error) {
    // Two identical submissions raced: the loser reads what the winner wrote.
    if (!isUniqueViolation(error)) throw error;
    return recordAnswer(bank, input);
  }
  return {
    ok: true,
    replayed: false,
    answer: {
      questionId: question.id,
      isCorrect: grade.isCorrect,
      prompt: question.prompt,
      given: grade.given,
      expected: grade.expected,
      ...(grade.detail ? { detail: grade.detail } : {}),
      ...(grade.parts ? { parts: grade.parts } : {}),
    },
    completed: completes,
  };
}

export type AttemptSummary = {
  id: string;
  mode: string;
  assignment: AttemptAssignment | null;
  questionIds: string[];
  createdAt: Date;
  completedAt: Date | null;
  answered: number;
  correct: number;
};

/** A learner's attempts, newest first, with their counts (no answer bodies). */
export async function listAttempts(input: { taker: Taker; take?: number }): Promise<AttemptSummary[]> {
  const rows = await db.attempt.findMany({
    where: attemptsOf(input.taker),
    orderBy: { createdAt: "desc" },
    take: input.take ?? 100,
    select: {
      id: true,
      mode: true,
      userId: true,
      questionIds: true,
      createdAt: true,
      completedAt: true,
      answers: { select: { isCorrect: true } },
      assignment: assignmentSelect,
    },
  });
  return rows.map((row) => ({
    id: row.id,
    mode: row.mode,
    assignment: toAssignment(row.assignment, row.userId),
    questionIds: JSON.parse(row.questionIds) as string[],
    createdAt: row.createdAt,
    completedAt: row.completedAt,
    answered: row.answers.length,
    correct: row.answers.filter((a) => a.isCorrect).length,
  }));
}

/**
 * The taker's latest attempt in the same mode (the same topic, or mixed) started before this one,
 * with its score: what a result is compared with. Null for picked questions and retries, whose
 * question sets differ from one attempt to the next.
 */
export async function findPreviousAttempt(input: { taker: Taker; attemptId: string; mode: string; before: Date }) {
  if (!(input.mode === "mixed" || input.mode.startsWith("topic:") || input.mode.startsWith("assignment:"))) return null;
  const row = await db.attempt.findFirst({
    where: { ...attemptsOf(input.taker), mode: input.mode, id: { not: input.attemptId }, createdAt: { lt: input.before } },
    orderBy: { createdAt: "desc" },
    select: { id: true, questionIds: true, createdAt: true, answers: { select: { isCorrect: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    createdAt: row.createdAt,
    total: (JSON.parse(row.questionIds) as string[]).length,
    correct: row.answers.filter((a) => a.isCorrect).length,
  };
}
