"use server";
// The teacher's changes on one student's page, as form actions (lib/http/mutation.ts): more time on
// one assignment for this student, and a reset link for a student who cannot get into their account.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { tokenLink } from "@/lib/auth/token";
import { extendDueDate, ExtensionInput } from "@/lib/classroom/extensions";
import { makeStudentResetLink, ResetLinkInput } from "@/lib/classroom/reset-link";
import { env } from "@/lib/env";
import { fail, formAction, type FormState } from "@/lib/http/mutation";
import { siteOrigin } from "@/lib/http/origin";
import { formatDue } from "@/lib/time/due";
import { now } from "@/lib/time/clock";

const extend = formAction(
  { access: "teacher", input: ExtensionInput, invalid: "Could not give more time" },
  async ({ user, input }) => {
    const result = await extendDueDate(user, input);
    if (!result.ok) return fail(result.status, result.status === 404 ? "not_found" : "invalid_extension", result.message);
    revalidatePath(`/teach/classes/${input.classId}`);
    revalidatePath(`/teach/classes/${input.classId}/students/${input.studentId}`);
    return { message: result.message };
  },
);

export async function extendDueDateAction(previous: FormState, form: FormData): Promise<FormState> {
  return extend(previous, form);
}

const resetLink = formAction({ access: "teacher", input: ResetLinkInput, invalid: "Could not make a reset link" }, async ({ user, input }) => {
  const result = await makeStudentResetLink(user.id, input, await now());
  if (!result.ok) return fail(result.status, result.code, result.message);
  const link = tokenLink(siteOrigin(env.NEXTAUTH_URL, await headers()), "/reset-password", result.token);
  revalidatePath(`/teach/classes/${input.classId}/students/${input.studentId}`);
  return {
    message: `Reset link made for ${result.studentName}. It works once, until ${formatDue(result.expiresAt, user.timeZone)}; any older link you made for them no longer works.`,
    made: { link },
  };
});

export async function makeResetLinkAction(previous: FormState, form: FormData): Promise<FormState> {
  return resetLink(previous, form);
}
