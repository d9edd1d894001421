"use server";
// The teacher's changes on one student's page, as a form action (lib/http/mutation.ts): more time on
// one assignment for this student.
import { revalidatePath } from "next/cache";
import { extendDueDate, ExtensionInput } from "@/lib/classroom/extensions";
import { fail, formAction, type FormState } from "@/lib/http/mutation";

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
