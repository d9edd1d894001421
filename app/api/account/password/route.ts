// POST /api/account/password { current, next }: a new password; older sessions end.
import { NextResponse } from "next/server";
import { changePassword, PasswordChange } from "@/lib/auth/account";
import { apiRoute, fail } from "@/lib/http/mutation";

export const POST = apiRoute({ access: "user", body: PasswordChange }, async ({ user, input }) => {
  const changed = await changePassword(user.id, input);
  if (!changed) return fail(403, "wrong_password", "Your current password is not right, so nothing changed.");
  return NextResponse.json({ changed: true });
});
