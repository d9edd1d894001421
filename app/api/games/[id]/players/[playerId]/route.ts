// DELETE /api/games/:id/players/:playerId: the host removes a player (a name that should not be on
// the projector); their name stays taken and they cannot answer or rejoin.
import { NextResponse } from "next/server";
import { removePlayer } from "@/lib/game/service";
import { apiRoute } from "@/lib/http/mutation";
import { nowFrom } from "@/lib/time/clock";

export const DELETE = apiRoute(
  { access: "teacher", notFound: { code: "player_not_found", message: "That player is not in a game of yours." } },
  async ({ request, user }, ctx: RouteContext<"/api/games/[id]/players/[playerId]">) => {
    const { id, playerId } = await ctx.params;
    return (await removePlayer(user.id, id, playerId, nowFrom(request.headers))) ? NextResponse.json({ removed: true }) : null;
  },
);
