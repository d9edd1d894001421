// Joining a live game from a browser, for the JSON route and the join form's action alike: each PIN
// that names no game counts against the address (as failed sign-ins do), a signed-in person joins as
// themselves, a guest under their browser's learner id, and the player's token goes into its cookie.
import "server-only";
import { clientAddress } from "@/lib/auth/address";
import { ensureLearnerId } from "@/lib/auth/learner";
import { checkGamePinAllowed, gamePinLimitedMessage, recordGamePinFailure } from "@/lib/auth/rate-limit";
import { getCurrentUser } from "@/lib/auth/session";
import { playGamePath } from "./paths";
import { setPlayerToken } from "./player-cookie";
import { joinGame, type JoinInput, type Refusal } from "./service";

export type BrowserJoined = { ok: true; gameId: string; playerId: string; rejoined: boolean; url: string };
/** A refusal; a blocked address also gets the seconds to wait (the route's Retry-After). */
export type BrowserJoinRefusal = Refusal & { retryAfterSeconds?: number };

/** Joins the game with this PIN as whoever this browser is; `requestHeaders` name the address. */
export async function joinFromBrowser(input: JoinInput, requestHeaders: Headers, now: Date): Promise<BrowserJoined | BrowserJoinRefusal> {
  const address = clientAddress(requestHeaders);
  const allowed = await checkGamePinAllowed(address, now);
  if (!allowed.ok) return { ok: false, status: 429, code: "rate_limited", message: gamePinLimitedMessage(allowed.retryAfterSeconds), retryAfterSeconds: allowed.retryAfterSeconds };
  const user = await getCurrentUser();
  // A guest's browser id, so that signing up or in later claims this player's answers as reviews.
  const learnerId = user ? null : await ensureLearnerId();
  const joined = await joinGame({ pin: input.pin, nickname: input.nickname, userId: user?.id ?? null, learnerId }, now);
  if (!joined.ok) {
    if (joined.code === "game_not_found") await recordGamePinFailure(address, now);
    return joined;
  }
  await setPlayerToken(joined.gameId, joined.token);
  return { ok: true, gameId: joined.gameId, playerId: joined.playerId, rejoined: joined.rejoined, url: playGamePath(joined.gameId) };
}
