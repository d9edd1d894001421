// Who is signed in. A session counts only while its account exists and its session version is
// the account's current one: signing out everywhere or changing the password ends older ones.
import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { engine } from "@/lib/db";
import type { CardRead } from "@/lib/db/engine";
import { decodeSessionToken, encodeSessionToken } from "./jwt";
import { authOptions, SESSION_COOKIE, useSecureCookies } from "./options";
import { PUBLIC_USER_COLUMNS, type PublicUser } from "./users";

/**
 * The session's claims, decrypted from its cookie. getServerSession does this too, but on every call it
 * also makes a CSRF token and encrypts a refreshed session that a server component cannot even send:
 * three times the work, on every request that asks who is signed in.
 */
async function readSessionClaims(): Promise<{ uid?: string; sv?: number } | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || !authOptions.secret) return null;
  try {
    return await decodeSessionToken({ token, secret: authOptions.secret });
  } catch {
    return null;
  }
}

/** The session's account id and version, or null when there is no session (nothing read yet). */
async function sessionOf(): Promise<{ uid: string; sv: number } | null> {
  const claims = await readSessionClaims();
  return claims?.uid && claims.sv !== undefined ? { uid: claims.uid, sv: claims.sv } : null;
}

export const getCurrentUser = cache(async (): Promise<PublicUser | null> => {
  const session = await sessionOf();
  if (!session) return null;
  // A prepared statement on the engine's connection (lib/db); the session version is then compared here.
  const user = await engine.findUser(session.uid, PUBLIC_USER_COLUMNS);
  return user?.sessionVersion === session.sv ? user : null;
});

/**
 * The signed-in user as getCurrentUser finds them, and in the same read (where the engine can) their
 * card of `factId` with the parameters in force, for a review's write to plan on. Nothing read is
 * returned unless the session is current.
 */
export async function getCurrentUserWithCard(factId: string): Promise<{ user: PublicUser; read: CardRead | null } | null> {
  const session = await sessionOf();
  if (!session) return null;
  const { user, read } = await engine.findUserWithCard(session.uid, PUBLIC_USER_COLUMNS, factId);
  return user?.sessionVersion === session.sv ? { user, read } : null;
}

const SESSION_MAX_AGE_SECONDS = authOptions.session?.maxAge ?? 30 * 24 * 60 * 60;

/**
 * Signs this browser in (server actions only): the same encrypted cookie next-auth writes, with the
 * claims lib/auth/options.ts puts in it, so next-auth and getCurrentUser read it alike.
 */
export async function startSession(account: { id: string; sessionVersion: number }): Promise<void> {
  if (!authOptions.secret) throw new Error("no NEXTAUTH_SECRET to sign the session with");
  const token = await encodeSessionToken({
    token: { sub: account.id, uid: account.id, sv: account.sessionVersion },
    secret: authOptions.secret,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", secure: useSecureCookies, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Signs this browser out (server actions only). */
export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** For pages: the user, or a redirect to sign in that comes back here. */
export async function requireUser(returnTo: string): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For teacher pages: a learner account gets the 403 page, nobody gets the sign-in page. */
export async function requireTeacher(returnTo: string): Promise<PublicUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "teacher") forbidden();
  return user;
}
