"use server";
// The teacher's question forms as server actions (lib/http/mutation.ts): write a question (on a fact
// of the bank or a new one with its source) and edit one. They work before the page's JavaScript has
// loaded; POST /api/classes/:id/questions takes the same schema.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { TeacherQuestionInput } from "@/lib/authoring/draft";
import { refusalOf } from "@/lib/authoring/refusal";
import { createTeacherQuestion, updateTeacherQuestion } from "@/lib/authoring/store";
import { fail, formAction, formFields, type FormState } from "@/lib/http/mutation";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The form's fields as the input the JSON route takes (the ids of the class and question apart). */
function draftFrom(form: FormData): unknown {
  const { classId: _classId, questionId: _questionId, ...fields } = formFields(form);
  return fields;
}

const listPath = (classId: string) => `/teach/classes/${classId}/questions`;

const create = formAction(
  { access: "teacher", input: TeacherQuestionInput, fields: draftFrom, invalid: "Could not save the question" },
  async ({ user, input, form }) => {
    const classId = text(form, "classId");
    const result = await createTeacherQuestion(user.id, classId, input);
    if (!result.ok) return "notFound" in result ? fail(404, "class_not_found", "That class does not exist or is not yours.") : refusalOf(result);
    revalidatePath(`/teach/classes/${classId}`);
    redirect(`${listPath(classId)}?saved=${result.id}`);
  },
);

const update = formAction(
  { access: "teacher", input: TeacherQuestionInput, fields: draftFrom, invalid: "Could not save the question" },
  async ({ user, input, form }) => {
    const classId = text(form, "classId");
    const result = await updateTeacherQuestion(user.id, classId, text(form, "questionId"), input);
    if (!result.ok) return "notFound" in result ? fail(404, "question_not_found", "That question does not exist or is not yours.") : refusalOf(result);
    revalidatePath(`/teach/classes/${classId}`);
    redirect(`${listPath(classId)}?saved=${result.id}`);
  },
);

export async function createTeacherQuestionAction(previous: FormState, form: FormData): Promise<FormState> {
  return create(previous, form);
}

export async function updateTeacherQuestionAction(previous: FormState, form: FormData): Promise<FormState> {
  return update(previous, form);
}
