// POST /api/classes/join { code }: a learner joins a class by its code.
import { NextResponse } from "next/server";
import { joinClass, JoinCode } from "@/lib/classroom/classes";
import { apiRoute, fail } from "@/lib/http/mutation";

export const POST = apiRoute({ access: "user", body: JoinCode }, async ({ user, input }) => {
  const result = await joinClass(user.id, input.code);
  if (!result.ok) return fail(result.status, "cannot_join", result.message);
  return NextResponse.json(result, { status: result.alreadyMember ? 200 : 201 });
});
