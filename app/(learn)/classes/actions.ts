"use server";
// A student's class forms as actions (lib/http/mutation.ts): joining by code (it works from a join
// link before the page's JavaScript has loaded) and starting or resuming a quiz assignment.
import { redirect } from "next/navigation";
import { z } from "zod";
import { ensureTaker } from "@/lib/auth/taker";
import { startAssignment } from "@/lib/classroom/assignments";
import { joinClass, JoinCode } from "@/lib/classroom/classes";
import { fail, formAction, type FormState } from "@/lib/http/mutation";

const join = formAction(
  { access: "user", input: JoinCode, fields: (form) => ({ code: form.get("join-code") ?? "" }), invalid: "Could not join" },
  async ({ user, input }) => {
    const result = await joinClass(user.id, input.code);
    if (!result.ok) return fail(result.status, "cannot_join", result.message);
    redirect("/classes");
  },
);

export async function joinClassAction(previous: FormState, form: FormData): Promise<FormState> {
  return join(previous, form);
}

const AssignmentId = z.object({ assignmentId: z.string().min(1).max(100) }).strict();

const start = formAction(
  { access: "user", input: AssignmentId, fields: (form) => ({ assignmentId: form.get("assignmentId") ?? "" }), invalid: "Could not tell which assignment to start" },
  async ({ user, input }) => {
    const result = await startAssignment({ ...(await ensureTaker()), userId: user.id }, input.assignmentId);
    if (!result.ok) return fail(result.status, "cannot_start", result.message);
    redirect(`/quiz/${result.attemptId}`);
  },
);

export async function startAssignmentAction(previous: FormState, form: FormData): Promise<FormState> {
  return start(previous, form);
}
