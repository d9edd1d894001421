// DELETE /api/classes/:id/assignments/:aid: the class's teacher withdraws an assignment.
import { NextResponse } from "next/server";
import { deleteAssignment } from "@/lib/classroom/assignments";
import { apiError } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiTeacher } from "@/lib/http/user";

export const DELETE = route(async (_request: Request, ctx: RouteContext<"/api/classes/[id]/assignments/[aid]">) => {
  const auth = await requireApiTeacher();
  if (!auth.ok) return auth.response;
  const { id, aid } = await ctx.params;
  const deleted = await deleteAssignment(auth.user.id, id, aid);
  if (!deleted) return apiError(404, "assignment_not_found", "That assignment does not exist or is not yours.");
  return NextResponse.json({ deleted: true });
});
