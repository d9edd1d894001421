// More time for one student: a teacher moves one assignment's due date for one member of their
// class. The student's statuses, scores and late marks then use that date (dueFor).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { formatDue, zonedToInstant } from "@/lib/time/due";

export const ExtensionInput = z
  .object({
    classId: z.string().min(1).max(100),
    assignmentId: z.string().min(1).max(100),
    studentId: z.string().min(1).max(100),
    due: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose the new due date and time."),
  })
  .strict();
export type ExtensionInput = z.infer<typeof ExtensionInput>;

export type ExtensionResult = { ok: true; message: string } | { ok: false; status: 404 | 422; message: string };

/** The due date that applies to one student: their extension's, else the assignment's. */
export function dueFor(assignment: { dueAt: Date; extensions?: readonly { userId: string; dueAt: Date }[] }, userId: string): Date {
  return assignment.extensions?.find((e) => e.userId === userId)?.dueAt ?? assignment.dueAt;
}

export async function extendDueDate(teacher: { id: string; timeZone: string }, input: ExtensionInput): Promise<ExtensionResult> {
  const assignment = await db.assignment.findFirst({
    where: { id: input.assignmentId, classId: input.classId, class: { teacherId: teacher.id, members: { some: { userId: input.studentId } } } },
    select: { id: true, title: true, dueAt: true },
  });
  if (!assignment) return { ok: false, status: 404, message: "That assignment or student is not in one of your classes." };
  const dueAt = zonedToInstant(input.due, teacher.timeZone);
  if (!dueAt) return { ok: false, status: 422, message: "That due date does not exist." };
  if (dueAt <= assignment.dueAt) {
    return { ok: false, status: 422, message: `More time means a date after the assignment's own (${formatDue(assignment.dueAt, teacher.timeZone)}).` };
  }
  // One extension per student and assignment: giving more time again moves it (the same form sent twice writes once).
  await db.dueExtension.upsert({
    where: { assignmentId_userId: { assignmentId: assignment.id, userId: input.studentId } },
    create: { assignmentId: assignment.id, userId: input.studentId, dueAt },
    update: { dueAt },
  });
  return { ok: true, message: `${assignment.title} is now due ${formatDue(dueAt, teacher.timeZone)} for this student.` };
}
