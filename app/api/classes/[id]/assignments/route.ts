// POST /api/classes/:id/assignments: the class's teacher sets a quiz or a mastery assignment.
import { NextResponse } from "next/server";
import { AssignmentInput, createAssignment } from "@/lib/classroom/assignments";
import { getBank } from "@/lib/content/bank";
import { bankForClass } from "@/lib/authoring/store";
import { apiRoute, fail } from "@/lib/http/mutation";

export const POST = apiRoute({ access: "teacher", body: AssignmentInput }, async ({ user, input }, ctx: RouteContext<"/api/classes/[id]/assignments">) => {
  const { id } = await ctx.params;
  const result = await createAssignment(user, id, input, (await bankForClass(user.id, id)) ?? getBank());
  if (!result.ok) return fail(result.status, result.status === 404 ? "class_not_found" : "invalid_assignment", result.message);
  return NextResponse.json({ id: result.id }, { status: 201 });
});
