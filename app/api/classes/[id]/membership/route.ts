// DELETE /api/classes/:id/membership: a student leaves a class.
import { NextResponse } from "next/server";
import { leaveClass } from "@/lib/classroom/classes";
import { apiRoute } from "@/lib/http/mutation";

export const DELETE = apiRoute(
  { access: "user", notFound: { code: "not_a_member", message: "You are not in that class." } },
  async ({ user }, ctx: RouteContext<"/api/classes/[id]/membership">) => {
    const { id } = await ctx.params;
    return (await leaveClass(user.id, id)) ? NextResponse.json({ left: true }) : null;
  },
);
