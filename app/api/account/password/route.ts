// POST /api/account/password { current, next }: a new password; older sessions end.
import { NextResponse } from "next/server";
import { changePassword, PasswordChange } from "@/lib/auth/account";
import { apiError, readJson } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiUser } from "@/lib/http/user";

export const POST = route(async (request: Request) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const body = await readJson(request, PasswordChange);
  if (!body.ok) return body.response;
  const changed = await changePassword(auth.user.id, body.data);
  if (!changed) return apiError(403, "wrong_password", "Your current password is not right, so nothing changed.");
  return NextResponse.json({ changed: true });
});
