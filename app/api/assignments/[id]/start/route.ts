// POST /api/assignments/:id/start: a student starts (or resumes) a quiz assignment.
import { NextResponse } from "next/server";
import { ensureTaker } from "@/lib/auth/taker";
import { startAssignment } from "@/lib/classroom/assignments";
import { apiRoute, fail } from "@/lib/http/mutation";

export const POST = apiRoute({ access: "user" }, async ({ user }, ctx: RouteContext<"/api/assignments/[id]/start">) => {
  const taker = await ensureTaker();
  const { id } = await ctx.params;
  const result = await startAssignment({ ...taker, userId: user.id }, id);
  if (!result.ok) return fail(result.status, "cannot_start", result.message);
  return NextResponse.json({ attemptId: result.attemptId, url: `/quiz/${result.attemptId}` }, { status: 201 });
});
