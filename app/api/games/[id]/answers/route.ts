// POST /api/games/:id/answers { questionIndex, response }: a player's answer to the open question,
// graded as in quizzes. Sent again, it is answered like the first; after the timer, refused.
import { NextResponse } from "next/server";
import { getPlayerToken } from "@/lib/game/player-cookie";
import { answerQuestion, findPlayer, GameAnswerInput } from "@/lib/game/service";
import { apiRoute, fail } from "@/lib/http/mutation";
import { nowFrom } from "@/lib/time/clock";

export const POST = apiRoute(
  { access: "guest", body: GameAnswerInput, notFound: { code: "not_a_player", message: "You are not a player in this game: join it with its PIN first." } },
  async ({ request, input }, ctx: RouteContext<"/api/games/[id]/answers">) => {
    const { id } = await ctx.params;
    const player = await findPlayer(id, await getPlayerToken(id));
    if (!player) return null;
    const ack = await answerQuestion(player, input, nowFrom(request.headers));
    if (!ack.ok) return fail(ack.status, ack.code, ack.message);
    return NextResponse.json({ received: true, ...ack }, { status: ack.replayed ? 200 : 201 });
  },
);
