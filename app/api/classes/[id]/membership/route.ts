// DELETE /api/classes/:id/membership: a student leaves a class.
import { NextResponse } from "next/server";
import { leaveClass } from "@/lib/classroom/classes";
import { apiError } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiUser } from "@/lib/http/user";

export const DELETE = route(async (_request: Request, ctx: RouteContext<"/api/classes/[id]/membership">) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const { id } = await ctx.params;
  const left = await leaveClass(auth.user.id, id);
  if (!left) return apiError(404, "not_a_member", "You are not in that class.");
  return NextResponse.json({ left: true });
});
