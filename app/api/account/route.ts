// POST /api/account: sign up with name, email and password (then sign in through next-auth).
import { NextResponse } from "next/server";
import { isValidTimeZone } from "@/lib/srs/day";
import { SignUpInput, createUser } from "@/lib/auth/users";
import { apiError, readJson } from "@/lib/http/api";

export async function POST(request: Request) {
  const body = await readJson(request, SignUpInput);
  if (!body.ok) return body.response;
  const timeZone = body.data.timeZone && isValidTimeZone(body.data.timeZone) ? body.data.timeZone : "UTC";
  const result = await createUser({ ...body.data, timeZone });
  if (!result.ok) return apiError(409, "email_taken", "An account with this email already exists. Sign in instead.");
  return NextResponse.json({ user: { id: result.user.id, name: result.user.name, role: result.user.role } }, { status: 201 });
}
