// POST /api/reviews/undo: undo the learner's last grade; the card is rebuilt from its log.
import { NextResponse } from "next/server";
import { nowFrom } from "@/lib/time/clock";
import { apiError } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiUser } from "@/lib/http/user";
import { undoLastReview } from "@/lib/srs/store";

export const POST = route(async (request: Request) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const result = await undoLastReview(auth.user.id, auth.user.desiredRetention, nowFrom(request.headers));
  if (!result.ok) return apiError(409, "nothing_to_undo", result.message);
  return NextResponse.json({ factId: result.factId, due: result.card.due, state: result.card.state });
});
