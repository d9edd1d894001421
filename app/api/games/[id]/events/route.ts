// GET /api/games/:id/events?as=host|player: the game as this viewer sees it, as Server-Sent Events.
// The host is known by their session, a player by their cookie; a reconnect sends Last-Event-ID
// (the game's version) and gets the current snapshot only if the game moved on since. A player's
// stream lets answers pass (they change only the host's screen), and every stream
// of a game on this instance shares one read per change (lib/http/shared-reads.ts).
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { getPlayerToken } from "@/lib/game/player-cookie";
import { findPlayer, gameTopic, loadHostView, loadPlayerView, concernsPlayers, type GameViewBase } from "@/lib/game/service";
import { ANSWER_GRACE_MS } from "@/lib/game/state";
import { apiRoute, fail } from "@/lib/http/mutation";
import { eventStream } from "@/lib/http/sse";
import { nowFrom } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

const EventsQuery = z.object({ as: z.enum(["host", "player"], { error: "as is host or player" }), lastEventId: z.string().max(12).optional() }).strict();

/** Look again just after the open question's time (and its grace) runs out, so it is revealed on time, host page open or not. */
function wakeIn(view: GameViewBase): number | null {
  const { closesAt, pausedRemainingMs, serverNow } = view.clock;
  if (view.phase !== "question" || closesAt === null || pausedRemainingMs !== null) return null;
  return closesAt + ANSWER_GRACE_MS - serverNow + 50;
}

export const GET = apiRoute(
  { access: "guest", query: EventsQuery, notFound: { code: "game_not_found", message: "That game does not exist, or you are not in it." } },
  async ({ request, input }, ctx: RouteContext<"/api/games/[id]/events">) => {
    const { id } = await ctx.params;
    const topic = gameTopic(id);
    if (input.as === "host") {
      const user = await getCurrentUser();
      if (!user) return fail(401, "not_signed_in", "Sign in to host this game.");
      const first = await loadHostView(user.id, id, nowFrom(request.headers));
      if (!first) return null;
      return eventStream({
        request,
        topic,
        load: async (want) => {
          const view = await loadHostView(user.id, id, nowFrom(request.headers), want);
          return view ? { version: view.version, data: view } : null;
        },
        wakeIn: (s) => wakeIn(s.data as GameViewBase),
      });
    }
    const player = await findPlayer(id, await getPlayerToken(id));
    if (!player) return null;
    return eventStream({
      request,
      topic,
      load: async (want) => {
        const view = await loadPlayerView(player, nowFrom(request.headers), want);
        return view ? { version: view.version, data: view } : null;
      },
      concerns: (notice) => concernsPlayers(notice.tag),
      wakeIn: (s) => wakeIn(s.data as GameViewBase),
    });
  },
);
