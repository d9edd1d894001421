// Route handlers that need an account start here: 401 with a message when nobody is signed in.
import "server-only";
import type { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import type { PublicUser } from "@/lib/auth/users";
import { apiError, type ApiErrorBody } from "./api";

export async function requireApiUser(): Promise<{ ok: true; user: PublicUser } | { ok: false; response: NextResponse<ApiErrorBody> }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: apiError(401, "not_signed_in", "Sign in to do this.") };
  return { ok: true, user };
}

/** Teacher-only routes: 401 for nobody, 403 for a learner account. */
export async function requireApiTeacher(): Promise<{ ok: true; user: PublicUser } | { ok: false; response: NextResponse<ApiErrorBody> }> {
  const auth = await requireApiUser();
  if (!auth.ok || auth.user.role === "teacher") return auth;
  return { ok: false, response: apiError(403, "teachers_only", "Only teacher accounts can do this. Your account is a learner account.") };
}
