// /api/account: sign up (POST), change settings (PATCH), delete the account (DELETE).
import { NextResponse } from "next/server";
import { z } from "zod";
import { deleteAccount, SettingsInput, updateSettings } from "@/lib/auth/account";
import { requireApiUser } from "@/lib/http/user";
import { isValidTimeZone } from "@/lib/time/zone";
import { SignUpInput, createUser } from "@/lib/auth/users";
import { apiError, readJson } from "@/lib/http/api";
import { route } from "@/lib/http/route";

/** POST /api/account: sign up with name, email and password (then sign in through next-auth). */
export const POST = route(async (request: Request) => {
  const body = await readJson(request, SignUpInput);
  if (!body.ok) return body.response;
  const timeZone = body.data.timeZone && isValidTimeZone(body.data.timeZone) ? body.data.timeZone : "UTC";
  const result = await createUser({ ...body.data, timeZone });
  if (!result.ok) return apiError(409, "email_taken", "An account with this email already exists. Sign in instead.");
  return NextResponse.json({ user: { id: result.user.id, name: result.user.name, role: result.user.role } }, { status: 201 });
});

const DeleteInput = z.object({ password: z.string().max(1024).default("") }).strict();

/** PATCH /api/account: the learner's settings (name, time zone, day start, retention, limits). */
export const PATCH = route(async (request: Request) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const body = await readJson(request, SettingsInput);
  if (!body.ok) return body.response;
  const user = await updateSettings(auth.user.id, body.data);
  return NextResponse.json({ user: { ...user, sessionVersion: undefined } });
});

/** DELETE /api/account { password }: deletes the account and every personal row. */
export const DELETE = route(async (request: Request) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const body = await readJson(request, DeleteInput);
  if (!body.ok) return body.response;
  const deleted = await deleteAccount(auth.user.id, body.data.password);
  if (!deleted) return apiError(403, "wrong_password", "That password is not right, so the account was kept.");
  return NextResponse.json({ deleted: true });
});
