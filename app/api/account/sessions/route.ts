// DELETE /api/account/sessions: sign out everywhere; every session of the account ends.
import { NextResponse } from "next/server";
import { endAllSessions } from "@/lib/auth/account";
import { apiRoute } from "@/lib/http/mutation";

export const DELETE = apiRoute({ access: "user" }, async ({ user }) => {
  await endAllSessions(user.id);
  return NextResponse.json({ signedOut: "everywhere" });
});
