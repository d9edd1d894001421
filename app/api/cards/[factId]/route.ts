// PATCH /api/cards/:factId { suspended }: suspend or unsuspend one of the learner's cards.
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiError, readJson } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiUser } from "@/lib/http/user";
import { setSuspended } from "@/lib/srs/store";

const CardPatch = z.object({ suspended: z.boolean({ error: "suspended must be true or false" }) }).strict();

export const PATCH = route(async (request: Request, ctx: RouteContext<"/api/cards/[factId]">) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const body = await readJson(request, CardPatch);
  if (!body.ok) return body.response;
  const { factId } = await ctx.params;
  const found = await setSuspended(auth.user.id, factId, body.data.suspended);
  if (!found) return apiError(404, "card_not_found", "You have no card for that fact yet.");
  return NextResponse.json({ factId, suspended: body.data.suspended });
});
