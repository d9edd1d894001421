// POST /api/reviews/undo: undo the learner's last grade; the card is rebuilt from its log.
import { NextResponse } from "next/server";
import { nowFrom } from "@/lib/time/clock";
import { apiRoute, fail } from "@/lib/http/mutation";
import { undoLastReview } from "@/lib/srs/store";

export const POST = apiRoute({ access: "user" }, async ({ request, user }) => {
  const result = await undoLastReview(user.id, user.desiredRetention, nowFrom(request.headers));
  if (!result.ok) return fail(409, "nothing_to_undo", result.message);
  return NextResponse.json({ factId: result.factId, due: result.card.due, state: result.card.state });
});
