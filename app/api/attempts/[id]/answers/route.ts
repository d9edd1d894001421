// POST /api/attempts/:id/answers: grade and store one answer, once per question. The same
// clientKey sent again returns the first result instead of storing a second answer. Signed in,
// the answer also counts as a review of each fact the question tests.
import { after, NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { nowFrom } from "@/lib/time/clock";
import { bankForViewer } from "@/lib/authoring/store";
import { apiRoute, fail } from "@/lib/http/mutation";
import { recordAnswer } from "@/lib/quiz/attempts";
import { explainQuestion } from "@/lib/quiz/feedback";
import { AnswerResponse } from "@/lib/quiz/grade";
import { getTaker } from "@/lib/auth/taker";
import { requestFitIfDue } from "@/lib/srs/fit-job";
import { recordQuizAnswerAsReview } from "@/lib/srs/review-service";

const AnswerInput = z
  .object({
    questionId: z.string().min(1, "name the question").max(100),
    clientKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "clientKey must be 8 to 64 letters, digits, - or _"),
    response: AnswerResponse,
    timeMs: z.number().int().min(0).max(86_400_000).optional(),
  })
  .strict();

export const POST = apiRoute({ access: "guest", body: AnswerInput }, async ({ request, input }, ctx: RouteContext<"/api/attempts/[id]/answers">) => {
  const { id } = await ctx.params;
  const { timeMs, ...rest } = input;
  const taker = await getTaker();
  const bank = await bankForViewer(taker.userId);
  const now = nowFrom(request.headers);
  const result = await recordAnswer(bank, { taker, attemptId: id, now, ...rest, ...(timeMs === undefined ? {} : { timeMs }) });
  if (!result.ok) return fail(result.status, result.code, result.message);
  const user = taker.userId ? await getCurrentUser() : null;
  if (user) {
    const answer = { attemptId: id, questionId: result.answer.questionId, isCorrect: result.answer.isCorrect };
    await recordQuizAnswerAsReview(user, bank, { ...answer, ...(timeMs === undefined ? {} : { timeMs }) }, now);
    after(() => requestFitIfDue(user.id));
  }

  const question = bank.questions.get(result.answer.questionId);
  return NextResponse.json(
    {
      answer: result.answer,
      explanation: question ? explainQuestion(question, bank) : null,
      completed: result.completed,
      replayed: result.replayed,
    },
    { status: result.replayed ? 200 : 201 },
  );
});
