// Teachers' own questions and facts in the database. Who may see them is checked in every `where`:
// the class's teacher (through `class.teacherId`) or a student of the class (through a membership),
// so nobody else can read or change one, whatever id they send. Questions are retired, never deleted.
import "server-only";
import { cache } from "react";
import { getBank, type QuestionBank } from "@/lib/content/bank";
import { Question, type Fact, type Source } from "@/lib/content/schema";
import { isTeacherFactId, isTeacherQuestionId, teacherFactId, teacherQuestionId, withTeacherItems, type TeacherItems } from "@/lib/content/teacher";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkTeacherDraft, type CheckedDraft, type DraftRefusal, type QuestionBody, type TeacherQuestionInput } from "./draft";

const questionInclude = { teacherFact: true } as const;
type QuestionRow = Prisma.TeacherQuestionGetPayload<{ include: typeof questionInclude }>;
type FactRow = Prisma.TeacherFactGetPayload<object>;

/** A class's questions may be read by its teacher and its students, nobody else. */
const visibleTo = (userId: string): Prisma.ClassWhereInput => ({ OR: [{ teacherId: userId }, { members: { some: { userId } } }] });

function toFact(row: FactRow): { fact: Fact; source: Source } {
  const id = teacherFactId(row.id);
  return {
    fact: { id, topic: row.topicId, statement: row.statement, kind: "fact", citations: [{ source: id, quote: row.quote }] },
    source: { id, kind: "web", title: row.sourceTitle, publisher: row.sourcePublisher, date: row.sourceDate, url: row.sourceUrl },
  };
}

/** The row as a content question with its bank ids, or null if the stored body no longer parses. */
function toQuestion(row: QuestionRow): Question | null {
  const factId = row.teacherFactId ? teacherFactId(row.teacherFactId) : row.contentFactId;
  if (!factId) return null;
  let body: unknown;
  try {
    body = JSON.parse(row.body);
  } catch {
    return null;
  }
  // Parsed with stand-in ids (the content schema's id rule has no colon), then given the real ones.
  const parsed = Question.safeParse({ ...(body as object), type: row.type, id: "stored", facts: ["stored"] });
  return parsed.success ? { ...parsed.data, id: teacherQuestionId(row.id), facts: [factId] } : null;
}

function itemsOf(rows: QuestionRow[], extraFacts: FactRow[] = []): TeacherItems {
  const facts = new Map<string, FactRow>();
  for (const f of extraFacts) facts.set(f.id, f);
  for (const r of rows) if (r.teacherFact) facts.set(r.teacherFact.id, r.teacherFact);
  return {
    facts: [...facts.values()].map(toFact),
    questions: rows.filter((r) => r.retiredAt === null).flatMap((r) => toQuestion(r) ?? []),
  };
}

/**
 * The bank a signed-in person studies from: the content plus the live questions of every class they
 * teach or belong to. Once per request.
 */
export const bankForViewer = cache(async (userId: string | null): Promise<QuestionBank> => {
  const base = getBank();
  if (!userId) return base;
  const rows = await db.teacherQuestion.findMany({
    where: { retiredAt: null, class: visibleTo(userId) },
    include: questionInclude,
    orderBy: { createdAt: "asc" },
  });
  return withTeacherItems(base, itemsOf(rows));
});

/**
 * The bank a question is found in for this viewer: the content's own for a question of the content (no
 * query: the review route's most common case), else the viewer's bank with the teachers' questions.
 */
export function bankForQuestion(userId: string | null, questionId: string): Promise<QuestionBank> | QuestionBank {
  return isTeacherQuestionId(questionId) ? bankForViewer(userId) : getBank();
}

/** The bank of one class as its teacher sees it (content plus the class's live questions), or null if not theirs. */
export const bankForClass = cache(async (teacherId: string, classId: string): Promise<QuestionBank | null> => {
  const owned = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: { teacherFacts: { orderBy: { createdAt: "asc" } }, teacherQuestions: { where: { retiredAt: null }, include: questionInclude, orderBy: { createdAt: "asc" } } },
  });
  if (!owned) return null;
  return withTeacherItems(getBank(), itemsOf(owned.teacherQuestions, owned.teacherFacts));
});

export type TeacherQuestionView = {
  id: string;
  /** The id the bank, quizzes and answers know it by ("tq:…"). */
  bankId: string;
  question: Question | null;
  factId: string;
  factStatement: string;
  isOwnFact: boolean;
  retiredAt: Date | null;
  updatedAt: Date;
};

function viewOf(row: QuestionRow, bank: QuestionBank): TeacherQuestionView {
  const factId = row.teacherFactId ? teacherFactId(row.teacherFactId) : (row.contentFactId ?? "");
  return {
    id: row.id,
    bankId: teacherQuestionId(row.id),
    question: toQuestion(row),
    factId,
    factStatement: row.teacherFact?.statement ?? bank.facts.get(factId)?.statement ?? "(a fact no longer in the bank)",
    isOwnFact: row.teacherFactId !== null,
    retiredAt: row.retiredAt,
    updatedAt: row.updatedAt,
  };
}

/** Every question of a class its teacher wrote, live first then retired, or null if the class is not theirs. */
export async function listClassQuestions(teacherId: string, classId: string) {
  const found = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: { id: true, name: true, teacherQuestions: { include: questionInclude, orderBy: [{ createdAt: "desc" }] } },
  });
  if (!found) return null;
  const bank = getBank();
  const questions = found.teacherQuestions.map((row) => viewOf(row, bank));
  return { id: found.id, name: found.name, questions: [...questions.filter((q) => !q.retiredAt), ...questions.filter((q) => q.retiredAt)] };
}

/** One question of the teacher's class, with what its edit form starts from. */
export async function getClassQuestion(teacherId: string, classId: string, questionId: string) {
  const row = await db.teacherQuestion.findFirst({ where: { id: questionId, classId, class: { teacherId } }, include: questionInclude });
  return row ? viewOf(row, getBank()) : null;
}

export type SaveResult = { ok: true; id: string } | DraftRefusal | { ok: false; notFound: true };

function bodyJson(body: QuestionBody): string {
  const { type: _type, ...rest } = body;
  return JSON.stringify(rest);
}

/**
 * Saves a new question (and its new fact, if it has one) after the content checks, in one transaction.
 * The same clientKey sent twice saves one question and answers with it both times.
 */
export async function createTeacherQuestion(teacherId: string, classId: string, input: TeacherQuestionInput): Promise<SaveResult> {
  const bank = await bankForClass(teacherId, classId);
  if (!bank) return { ok: false, notFound: true };
  if (input.clientKey) {
    const replay = await db.teacherQuestion.findFirst({ where: { classId, clientKey: input.clientKey }, select: { id: true } });
    if (replay) return { ok: true, id: replay.id };
  }
  const checked = checkTeacherDraft(input, bank);
  if (!checked.ok) return checked;
  const { body, target } = checked;
  try {
    const id = await db.$transaction(async (tx) => {
      const row = await tx.teacherQuestion.create({
        data: {
          classId,
          type: body.type,
          body: bodyJson(body),
          ...(await factColumns(tx, classId, target)),
          ...(input.clientKey ? { clientKey: input.clientKey } : {}),
        },
        select: { id: true },
      });
      return row.id;
    });
    return { ok: true, id };
  } catch (error) {
    if (!isUniqueViolation(error) || !input.clientKey) throw error;
    const winner = await db.teacherQuestion.findFirst({ where: { classId, clientKey: input.clientKey }, select: { id: true } });
    if (!winner) throw error;
    return { ok: true, id: winner.id };
  }
}

/** The fact a question tests as its two columns: a new teacher fact (saved here), a teacher fact ("tf:<row>") or a content fact. */
async function factColumns(tx: Prisma.TransactionClient, classId: string, target: CheckedDraft["target"]) {
  if ("newFact" in target) {
    const fact = await tx.teacherFact.create({ data: { classId, ...target.newFact }, select: { id: true } });
    return { teacherFactId: fact.id, contentFactId: null };
  }
  return isTeacherFactId(target.factId)
    ? { teacherFactId: target.factId.slice("tf:".length), contentFactId: null }
    : { teacherFactId: null, contentFactId: target.factId };
}

/** Rewrites a question after the same checks; its answers keep the prompt and answer they were given. */
export async function updateTeacherQuestion(teacherId: string, classId: string, questionId: string, input: TeacherQuestionInput): Promise<SaveResult> {
  const existing = await db.teacherQuestion.findFirst({ where: { id: questionId, classId, class: { teacherId } }, select: { id: true } });
  const bank = existing ? await bankForClass(teacherId, classId) : null;
  if (!existing || !bank) return { ok: false, notFound: true };
  const checked = checkTeacherDraft(input, bank);
  if (!checked.ok) return checked;
  const { body, target } = checked;
  await db.$transaction(async (tx) => {
    await tx.teacherQuestion.update({
      where: { id: existing.id },
      data: { type: body.type, body: bodyJson(body), ...(await factColumns(tx, classId, target)) },
    });
  });
  return { ok: true, id: existing.id };
}

/** Retires (or brings back) a question: retired, it leaves quizzes and reviews, and its answers stay. */
export async function setQuestionRetired(teacherId: string, classId: string, questionId: string, retired: boolean, now: Date): Promise<boolean> {
  const result = await db.teacherQuestion.updateMany({
    where: { id: questionId, classId, class: { teacherId } },
    data: { retiredAt: retired ? now : null },
  });
  return result.count === 1;
}
