// GET /api/attempts/:id: an attempt's questions and the answers given so far, for its learner only.
import { NextResponse } from "next/server";
import { apiError } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { getAttempt } from "@/lib/quiz/attempts";
import { getTaker } from "@/lib/auth/taker";

export const GET = route(async (_request: Request, ctx: RouteContext<"/api/attempts/[id]">) => {
  const { id } = await ctx.params;
  const attempt = await getAttempt({ taker: await getTaker(), attemptId: id });
  if (!attempt) return apiError(404, "attempt_not_found", "This quiz does not exist or is not yours.");
  return NextResponse.json({
    id: attempt.id,
    mode: attempt.mode,
    questionIds: attempt.questionIds,
    completedAt: attempt.completedAt,
    answers: [...attempt.answers.values()],
  });
});
