// A teacher's reset link for a student of their class who cannot get one by email (no address, or a
// server without SMTP): single-use, valid 24 hours, recorded with the teacher who made it. Only for
// learner accounts that are members of one of the teacher's classes; never for a teacher's account.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { issueResetToken } from "@/lib/auth/recovery";
import { TEACHER_RESET_LIFETIME_MS } from "@/lib/auth/token";

export const ResetLinkInput = z.object({ classId: z.string().min(1).max(100), studentId: z.string().min(1).max(100) }).strict();
export type ResetLinkInput = z.infer<typeof ResetLinkInput>;

export type ResetLinkResult =
  | { ok: true; token: string; expiresAt: Date; studentName: string }
  | { ok: false; status: 403 | 404; code: string; message: string };

export async function makeStudentResetLink(teacherId: string, input: ResetLinkInput, now: Date): Promise<ResetLinkResult> {
  const member = await db.membership.findFirst({
    where: { classId: input.classId, userId: input.studentId, class: { teacherId } },
    select: { user: { select: { id: true, name: true, role: true } } },
  });
  if (!member) return { ok: false, status: 404, code: "not_found", message: "That student is not in one of your classes." };
  if (member.user.role !== "learner") {
    return { ok: false, status: 403, code: "teacher_account", message: "Reset links are for students' accounts. A teacher chooses a new password by email, or from their own account page." };
  }
  const { token, expiresAt } = await issueResetToken(member.user.id, teacherId, now, TEACHER_RESET_LIFETIME_MS);
  return { ok: true, token, expiresAt, studentName: member.user.name };
}

/** The newest reset link this teacher made for the student, for the page to say whether it was used. */
export async function latestStudentResetLink(teacherId: string, studentId: string) {
  return db.accountToken.findFirst({
    where: { userId: studentId, purpose: "password_reset", issuedById: teacherId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, expiresAt: true, usedAt: true },
  });
}
