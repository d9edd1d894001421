// POST /api/reviews: grade one review of one card (an answer, or a self-grade for flashcards).
// Idempotent by clientKey; 409 with the current card when the card moved since it was shown.
import { after, NextResponse } from "next/server";
import { z } from "zod";
import { nowFrom } from "@/lib/time/clock";
import { bankForQuestion } from "@/lib/authoring/store";
import { apiRoute, fail } from "@/lib/http/mutation";
import { AnswerResponse } from "@/lib/quiz/grade";
import { requestFitIfDue, shouldCheckFit } from "@/lib/srs/fit-job";
import { submitReview } from "@/lib/srs/review-service";

const FactId = z.string().min(1).max(100);

const ReviewInput = z
  .object({
    factId: FactId,
    questionId: z.string().min(1).max(100),
    clientKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "clientKey must be 8 to 64 letters, digits, - or _"),
    expectedVersion: z.number().int().min(0).max(1_000_000),
    response: AnswerResponse.optional(),
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    timeMs: z.number().int().min(0).max(86_400_000).optional(),
    usedHint: z.boolean().optional(),
    /** An answer in a cram session: logged, the card left as it stands. */
    cram: z.literal(true).optional(),
  })
  .strict()
  .refine((r) => (r.response === undefined) !== (r.rating === undefined), "send either an answer or a rating, not both");

/** The card to write, read with the signed-in user (one round trip fewer on PostgreSQL). */
const factIdIn = (json: unknown) => {
  const factId = FactId.safeParse((json as { factId?: unknown } | null)?.factId);
  return factId.success ? factId.data : undefined;
};

export const POST = apiRoute({ access: "user", body: ReviewInput, withCard: factIdIn }, async ({ request, user, input, read }) => {
  const { response, rating, timeMs, usedHint, cram, ...rest } = input;
  const result = await submitReview(
    user,
    await bankForQuestion(user.id, input.questionId),
    {
      ...rest,
      ...(response ? { response } : {}),
      ...(rating ? { rating } : {}),
      ...(timeMs === undefined ? {} : { timeMs }),
      ...(usedHint === undefined ? {} : { usedHint }),
      ...(cram ? { cram } : {}),
      read,
    },
    nowFrom(request.headers),
  );
  if (!result.ok) return fail(result.status, result.code, result.message);
  // A new review may make a fit of the learner's memory model due: checked once the answer is sent.
  if (!result.replayed && shouldCheckFit(user.id)) after(() => requestFitIfDue(user.id));
  return NextResponse.json(result, { status: result.replayed ? 200 : 201 });
});
