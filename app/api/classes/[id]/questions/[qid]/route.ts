// PATCH /api/classes/:id/questions/:qid { retired }: the class's teacher retires a question (it leaves
// quizzes and reviews; its answers keep their history) or brings it back. Idempotent.
import { NextResponse } from "next/server";
import { z } from "zod";
import { setQuestionRetired } from "@/lib/authoring/store";
import { apiRoute } from "@/lib/http/mutation";
import { nowFrom } from "@/lib/time/clock";

const QuestionPatch = z.object({ retired: z.boolean({ error: "retired must be true or false" }) }).strict();

export const PATCH = apiRoute(
  { access: "teacher", body: QuestionPatch, notFound: { code: "question_not_found", message: "That question does not exist or is not yours." } },
  async ({ request, user, input }, ctx: RouteContext<"/api/classes/[id]/questions/[qid]">) => {
    const { id, qid } = await ctx.params;
    const found = await setQuestionRetired(user.id, id, qid, input.retired, nowFrom(request.headers));
    return found ? NextResponse.json({ id: qid, retired: input.retired }) : null;
  },
);
