// POST /api/classes/join { code }: a learner joins a class by its code.
import { NextResponse } from "next/server";
import { joinClass, JoinCode } from "@/lib/classroom/classes";
import { apiError, readJson } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiUser } from "@/lib/http/user";

export const POST = route(async (request: Request) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const body = await readJson(request, JoinCode);
  if (!body.ok) return body.response;
  const result = await joinClass(auth.user.id, body.data.code);
  if (!result.ok) return apiError(result.status, "cannot_join", result.message);
  return NextResponse.json(result, { status: result.alreadyMember ? 200 : 201 });
});
