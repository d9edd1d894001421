"use server";
// Joining a class by its code, as a form action (lib/http/mutation.ts): works from a join link
// before the page's JavaScript has loaded.
import { redirect } from "next/navigation";
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
