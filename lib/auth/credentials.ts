// The sign-in limit and the shape of email + password credentials. Checking them and claiming the
// guest's work is lib/sign-in/credentials.ts, which sits above this folder and lib/game.
import "server-only";
import { z } from "zod";
import { nowFrom } from "@/lib/time/clock";
import { clientAddress } from "./address";
import { checkSignInAllowed, rateLimitedMessage } from "./rate-limit";
import { normalizeEmail } from "./users";

export const Credentials = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(1024) });

export type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

/** null when a sign-in may be tried now, else the sentence saying how long to wait. */
export async function signInRefusal(email: string, headers: HeaderSource): Promise<{ message: string; retryAfterSeconds: number } | null> {
  const check = await checkSignInAllowed(normalizeEmail(email), clientAddress(headers), nowFrom(headers));
  return check.ok ? null : { message: rateLimitedMessage(check.retryAfterSeconds), retryAfterSeconds: check.retryAfterSeconds };
}
