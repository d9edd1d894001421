// GET /api/attempts/:id: an attempt's questions and the answers given so far, for its learner only.
import { NextResponse } from "next/server";
import { getTaker } from "@/lib/auth/taker";
import { apiRoute } from "@/lib/http/mutation";
import { getAttempt } from "@/lib/quiz/attempts";

export const GET = apiRoute(
  { access: "guest", notFound: { code: "attempt_not_found", message: "This quiz does not exist or is not yours." } },
  async (_args, ctx: RouteContext<"/api/attempts/[id]">) => {
    const { id } = await ctx.params;
    const attempt = await getAttempt({ taker: await getTaker(), attemptId: id });
    if (!attempt) return null;
    return NextResponse.json({
      id: attempt.id,
      mode: attempt.mode,
      questionIds: attempt.questionIds,
      completedAt: attempt.completedAt,
      answers: [...attempt.answers.values()],
    });
  },
);
