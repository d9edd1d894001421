// POST /api/reviews/rating: the learner's own rating for an answer the app graded, given before they
// move on ("I guessed", "that was easy"). The review is replaced in the log and the card rebuilt from it.
import { NextResponse } from "next/server";
import { z } from "zod";
import { nowFrom } from "@/lib/time/clock";
import { apiRoute, fail } from "@/lib/http/mutation";
import { changeReviewRating } from "@/lib/srs/review-service";

const RatingChangeInput = z
  .object({
    reviewId: z.string().min(1).max(100),
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  })
  .strict();

export const POST = apiRoute({ access: "user", body: RatingChangeInput }, async ({ request, user, input }) => {
  const result = await changeReviewRating(user, input, nowFrom(request.headers));
  if (!result.ok) return fail(result.status, result.code, result.message);
  return NextResponse.json(result, { status: result.replayed ? 200 : 201 });
});
