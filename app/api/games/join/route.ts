// POST /api/games/join { pin, nickname }: anyone joins a live game (a signed-in student as
// themselves); the player's token goes into an HttpOnly cookie. PINs that name no game count
// against the address, as failed sign-ins do.
import { NextResponse } from "next/server";
import { clientAddress } from "@/lib/auth/address";
import { ensureLearnerId } from "@/lib/auth/learner";
import { checkGamePinAllowed, gamePinLimitedMessage, recordGamePinFailure } from "@/lib/auth/rate-limit";
import { getCurrentUser } from "@/lib/auth/session";
import { setPlayerToken } from "@/lib/game/player-cookie";
import { joinGame, JoinInput } from "@/lib/game/service";
import { apiRoute, fail } from "@/lib/http/mutation";
import { nowFrom } from "@/lib/time/clock";

export const POST = apiRoute({ access: "guest", body: JoinInput }, async ({ request, input }) => {
  const now = nowFrom(request.headers);
  const address = clientAddress(request.headers);
  const allowed = await checkGamePinAllowed(address, now);
  if (!allowed.ok) {
    const refused = NextResponse.json({ error: { code: "rate_limited", message: gamePinLimitedMessage(allowed.retryAfterSeconds) } }, { status: 429 });
    refused.headers.set("Retry-After", String(allowed.retryAfterSeconds));
    return refused;
  }
  const user = await getCurrentUser();
  // A guest's browser id, so that signing up or in later claims this player's answers as reviews.
  const learnerId = user ? null : await ensureLearnerId();
  const joined = await joinGame({ pin: input.pin, nickname: input.nickname, userId: user?.id ?? null, learnerId }, now);
  if (!joined.ok) {
    if (joined.code === "game_not_found") await recordGamePinFailure(address, now);
    return fail(joined.status, joined.code, joined.message);
  }
  await setPlayerToken(joined.gameId, joined.token);
  return NextResponse.json({ gameId: joined.gameId, playerId: joined.playerId, rejoined: joined.rejoined, url: `/play/${joined.gameId}` }, { status: joined.rejoined ? 200 : 201 });
});
