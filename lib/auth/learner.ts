// The anonymous learner id: a random id in an HttpOnly cookie that keys a guest's attempts,
// so that a later sign-up can claim them. Unguessable, never shown in a URL.
import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

export const LEARNER_COOKIE = "ovf_learner";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;
const LEARNER_ID = /^[0-9a-f-]{36}$/;

/** The current learner id, or null when the browser has none (read-only: safe in server components). */
export async function getLearnerId(): Promise<string | null> {
  const value = (await cookies()).get(LEARNER_COOKIE)?.value;
  return value && LEARNER_ID.test(value) ? value : null;
}

/** The learner id, creating and setting the cookie when missing. Only in actions and route handlers. */
export async function ensureLearnerId(): Promise<string> {
  const existing = await getLearnerId();
  if (existing) return existing;
  const id = crypto.randomUUID();
  (await cookies()).set(LEARNER_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.COOKIE_SECURE ? env.COOKIE_SECURE === "true" : env.NODE_ENV === "production",
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
  return id;
}
