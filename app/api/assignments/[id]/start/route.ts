// POST /api/assignments/:id/start: a student starts (or resumes) a quiz assignment.
import { NextResponse } from "next/server";
import { startAssignment } from "@/lib/classroom/assignments";
import { apiError } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiUser } from "@/lib/http/user";
import { ensureTaker } from "@/lib/auth/taker";

export const POST = route(async (_request: Request, ctx: RouteContext<"/api/assignments/[id]/start">) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const taker = await ensureTaker();
  const { id } = await ctx.params;
  const result = await startAssignment({ ...taker, userId: auth.user.id }, id);
  if (!result.ok) return apiError(result.status, "cannot_start", result.message);
  return NextResponse.json({ attemptId: result.attemptId, url: `/quiz/${result.attemptId}` }, { status: 201 });
});
