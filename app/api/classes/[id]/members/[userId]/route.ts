// DELETE /api/classes/:id/members/:userId: the class's teacher removes a student.
import { NextResponse } from "next/server";
import { removeStudent } from "@/lib/classroom/classes";
import { apiError } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiTeacher } from "@/lib/http/user";

export const DELETE = route(async (_request: Request, ctx: RouteContext<"/api/classes/[id]/members/[userId]">) => {
  const auth = await requireApiTeacher();
  if (!auth.ok) return auth.response;
  const { id, userId } = await ctx.params;
  const removed = await removeStudent(auth.user.id, id, userId);
  if (!removed) return apiError(404, "member_not_found", "That student is not in a class of yours.");
  return NextResponse.json({ removed: true });
});
