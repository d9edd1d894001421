// /api/account: sign up (POST), change settings (PATCH), delete the account (DELETE).
import { NextResponse } from "next/server";
import { z } from "zod";
import { deleteAccount, SettingsInput, updateSettings } from "@/lib/auth/account";
import { SignUpInput, signUp } from "@/lib/auth/users";
import { requestVerification } from "@/lib/auth/verification";
import { env } from "@/lib/env";
import { apiRoute, fail } from "@/lib/http/mutation";
import { siteOrigin } from "@/lib/http/origin";
import { isMailConfigured, sendAfterResponse } from "@/lib/mail";
import { nowFrom } from "@/lib/time/clock";

/** POST /api/account: sign up with name, email and password (then sign in through next-auth); a verification link is emailed when SMTP is configured. */
export const POST = apiRoute({ access: "guest", body: SignUpInput }, async ({ request, input }) => {
  const result = await signUp(input);
  if (!result.ok) return fail(409, "email_taken", "An account with this email already exists. Sign in instead.");
  if (isMailConfigured()) {
    const link = await requestVerification(result.user.id, nowFrom(request.headers), siteOrigin(env.NEXTAUTH_URL, request.headers));
    if (link.ok) sendAfterResponse(link.mail);
  }
  return NextResponse.json({ user: { id: result.user.id, name: result.user.name, role: result.user.role } }, { status: 201 });
});

const DeleteInput = z.object({ password: z.string().max(1024).default("") }).strict();

/** PATCH /api/account: the learner's settings (name, time zone, day start, retention, limits). */
export const PATCH = apiRoute({ access: "user", body: SettingsInput }, async ({ user, input }) => {
  const { sessionVersion: _internal, ...updated } = await updateSettings(user.id, input);
  return NextResponse.json({ user: updated });
});

/** DELETE /api/account { password }: deletes the account and every personal row. */
export const DELETE = apiRoute({ access: "user", body: DeleteInput }, async ({ user, input }) => {
  const deleted = await deleteAccount(user.id, input.password);
  if (!deleted) return fail(403, "wrong_password", "That password is not right, so the account was kept.");
  return NextResponse.json({ deleted: true });
});
