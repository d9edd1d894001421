// POST /api/games/:id/control { action }: the host starts the game, goes to the next question,
// reveals, pauses, resumes or ends it.
import { NextResponse } from "next/server";
import { z } from "zod";
import { controlGame, HostAction } from "@/lib/game/service";
import { apiRoute, fail } from "@/lib/http/mutation";
import { nowFrom } from "@/lib/time/clock";

const ControlInput = z.object({ action: HostAction }).strict();

export const POST = apiRoute(
  { access: "teacher", body: ControlInput, notFound: { code: "game_not_found", message: "That game does not exist or is not yours." } },
  async ({ request, user, input }, ctx: RouteContext<"/api/games/[id]/control">) => {
    const { id } = await ctx.params;
    const result = await controlGame(user.id, id, input.action, nowFrom(request.headers));
    if (!result) return null;
    if (!result.ok) return fail(result.status, result.code, result.message);
    return NextResponse.json({ version: result.version });
  },
);
