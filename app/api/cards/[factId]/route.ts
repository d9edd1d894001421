// PATCH /api/cards/:factId { suspended }: suspend or unsuspend one of the learner's cards.
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/http/mutation";
import { setSuspended } from "@/lib/srs/store";

const CardPatch = z.object({ suspended: z.boolean({ error: "suspended must be true or false" }) }).strict();

export const PATCH = apiRoute(
  { access: "user", body: CardPatch, notFound: { code: "card_not_found", message: "You have no card for that fact yet." } },
  async ({ user, input }, ctx: RouteContext<"/api/cards/[factId]">) => {
    const { factId } = await ctx.params;
    const found = await setSuspended(user.id, factId, input.suspended);
    return found ? NextResponse.json({ factId, suspended: input.suspended }) : null;
  },
);
