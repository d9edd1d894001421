// POST /api/classes/:id/assignments: the class's teacher sets a quiz or a mastery assignment.
import { NextResponse } from "next/server";
import { AssignmentInput, createAssignment } from "@/lib/classroom/assignments";
import { getBank } from "@/lib/content/bank";
import { apiError, readJson } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiTeacher } from "@/lib/http/user";

export const POST = route(async (request: Request, ctx: RouteContext<"/api/classes/[id]/assignments">) => {
  const auth = await requireApiTeacher();
  if (!auth.ok) return auth.response;
  const body = await readJson(request, AssignmentInput);
  if (!body.ok) return body.response;
  const { id } = await ctx.params;
  const result = await createAssignment(auth.user, id, body.data, getBank());
  if (!result.ok) return apiError(result.status, result.status === 404 ? "class_not_found" : "invalid_assignment", result.message);
  return NextResponse.json({ id: result.id }, { status: 201 });
});
