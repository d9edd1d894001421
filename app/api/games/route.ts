// POST /api/games: a teacher starts a live game (from a topic, one of their class's quizzes or a
// hand-picked list); it opens in the lobby with a fresh PIN. The class page's form does the same
// through hostGameAction.
import { NextResponse } from "next/server";
import { apiRoute, fail } from "@/lib/http/mutation";
import { hostGamePath } from "@/lib/game/paths";
import { createGame, CreateGameInput } from "@/lib/game/service";
import { nowFrom } from "@/lib/time/clock";

export const POST = apiRoute({ access: "teacher", body: CreateGameInput }, async ({ request, user, input }) => {
  const made = await createGame(user.id, input, nowFrom(request.headers));
  if (!made.ok) return fail(made.status, made.code, made.message);
  return NextResponse.json({ id: made.id, pin: made.pin, url: hostGamePath(made.id) }, { status: 201 });
});
