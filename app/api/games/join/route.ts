// POST /api/games/join { pin, nickname }: anyone joins a live game (a signed-in student as
// themselves); the player's token goes into an HttpOnly cookie. PINs that name no game count
// against the address, as failed sign-ins do (lib/game/join.ts, shared with the /play form).
import { NextResponse } from "next/server";
import { joinFromBrowser } from "@/lib/game/join";
import { JoinInput } from "@/lib/game/service";
import { apiRoute, fail } from "@/lib/http/mutation";
import { nowFrom } from "@/lib/time/clock";

export const POST = apiRoute({ access: "guest", body: JoinInput }, async ({ request, input }) => {
  const joined = await joinFromBrowser(input, request.headers, nowFrom(request.headers));
  if (!joined.ok) {
    if (joined.retryAfterSeconds === undefined) return fail(joined.status, joined.code, joined.message);
    const refused = NextResponse.json({ error: { code: joined.code, message: joined.message } }, { status: joined.status });
    refused.headers.set("Retry-After", String(joined.retryAfterSeconds));
    return refused;
  }
  return NextResponse.json({ gameId: joined.gameId, playerId: joined.playerId, rejoined: joined.rejoined, url: joined.url }, { status: joined.rejoined ? 200 : 201 });
});
