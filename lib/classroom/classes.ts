// Classes and their members. A teacher reaches a class only through `teacherId` in the where;
// a student reaches it only through their own membership row.
import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";

/** No 0/O or 1/I/L, so a code read aloud or from a board is typed right. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;

export function newJoinCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

export function normalizeJoinCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

export const ClassName = z.object({ name: z.string().trim().min(1, "Give the class a name.").max(80, "Use at most 80 characters.") }).strict();
export const JoinCode = z
  .object({ code: z.string().max(32, "A join code is 8 letters and digits.").transform(normalizeJoinCode) })
  .strict()
  .refine((v) => /^[A-Z0-9]{8}$/.test(v.code), { message: "A join code is 8 letters and digits.", path: ["code"] });

async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || tries >= 4) throw error;
    }
  }
}

export function createClass(teacherId: string, name: string) {
  return withFreshCode((joinCode) => db.class.create({ data: { teacherId, name, joinCode } }));
}

export function listTeacherClasses(teacherId: string) {
  return db.class.findMany({
    where: { teacherId },
    orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
    include: { _count: { select: { members: true, assignments: true } } },
  });
}

export async function regenerateCode(teacherId: string, classId: string): Promise<string | null> {
  const owned = await db.class.findFirst({ where: { id: classId, teacherId }, select: { id: true } });
  if (!owned) return null;
  const updated = await withFreshCode((joinCode) => db.class.update({ where: { id: owned.id }, data: { joinCode } }));
  return updated.joinCode;
}

export async function setArchived(teacherId: string, classId: string, archived: boolean, now: Date): Promise<boolean> {
  const result = await db.class.updateMany({ where: { id: classId, teacherId }, data: { archivedAt: archived ? now : null } });
  return result.count === 1;
}

export async function removeStudent(teacherId: string, classId: string, studentId: string): Promise<boolean> {
  const result = await db.membership.deleteMany({ where: { classId, userId: studentId, class: { teacherId } } });
  return result.count === 1;
}

export type JoinResult =
  | { ok: true; classId: string; name: string; alreadyMember: boolean }
  | { ok: false; status: 404 | 409 | 422; message: string };

export async function joinClass(userId: string, code: string): Promise<JoinResult> {
  const found = await db.class.findUnique({ where: { joinCode: normalizeJoinCode(code) }, select: { id: true, name: true, archivedAt: true, teacherId: true } });
  if (!found) return { ok: false, status: 404, message: "No class has that code. Check it with your teacher; codes change when a teacher makes a new one." };
  if (found.archivedAt) return { ok: false, status: 409, message: "That class is archived and takes no new students." };
  if (found.teacherId === userId) return { ok: false, status: 422, message: "You teach this class, so you cannot join it as a student." };
  try {
    await db.membership.create({ data: { classId: found.id, userId } });
    return { ok: true, classId: found.id, name: found.name, alreadyMember: false };
  } catch (error) {
    // Two joins at once (double click, two tabs): the membership exists once either way.
    if (isUniqueViolation(error)) return { ok: true, classId: found.id, name: found.name, alreadyMember: true };
    throw error;
  }
}

export async function leaveClass(userId: string, classId: string): Promise<boolean> {
  const result = await db.membership.deleteMany({ where: { classId, userId } });
  return result.count === 1;
}

/** The student's classes (never archived ones' new work: they still show, marked). */
export function listStudentClasses(userId: string) {
  return db.membership.findMany({
    where: { userId },
    include: { class: { select: { id: true, name: true, archivedAt: true, teacher: { select: { name: true } } } } },
    orderBy: { joinedAt: "asc" },
  });
}
