// DELETE /api/account/sessions: sign out everywhere; every session of the account ends.
import { NextResponse } from "next/server";
import { endAllSessions } from "@/lib/auth/account";
import { requireApiUser } from "@/lib/http/user";
import { route } from "@/lib/http/route";

export const DELETE = route(async () => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  await endAllSessions(auth.user.id);
  return NextResponse.json({ signedOut: "everywhere" });
});
