// POST /api/classes/:id/questions: the class's teacher writes a question (the form's schema), checked
// by the content rules; 422 names each field refused. The same clientKey sent twice saves once.
import { NextResponse } from "next/server";
import { TeacherQuestionInput } from "@/lib/authoring/draft";
import { refusalOf } from "@/lib/authoring/refusal";
import { createTeacherQuestion } from "@/lib/authoring/store";
import { teacherQuestionId } from "@/lib/content/teacher";
import { apiRoute } from "@/lib/http/mutation";

export const POST = apiRoute(
  { access: "teacher", body: TeacherQuestionInput, notFound: { code: "class_not_found", message: "That class does not exist or is not yours." } },
  async ({ user, input }, ctx: RouteContext<"/api/classes/[id]/questions">) => {
    const { id } = await ctx.params;
    const result = await createTeacherQuestion(user.id, id, input);
    if (!result.ok) return "notFound" in result ? null : refusalOf(result);
    return NextResponse.json({ id: result.id, questionId: teacherQuestionId(result.id) }, { status: 201 });
  },
);
