// Email + password sign-in, checked once for both ways in: next-auth's credentials callback and
// the sign-in form's server action. A wrong password counts towards the limit; the right one
// clears the account's counter and moves the browser's guest quizzes to the account.
import "server-only";
import { z } from "zod";
import { getBank } from "@/lib/content/bank";
import { claimGuestPlayers } from "@/lib/game/service";
import { recordClaimedAnswersAsReviews } from "@/lib/srs/review-service";
import { nowFrom } from "@/lib/time/clock";
import { clientAddress } from "./address";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { checkSignInAllowed, clearAccountFailures, rateLimitedMessage, recordSignInFailure } from "./rate-limit";
import { claimGuestAttempts, findCredentials, normalizeEmail } from "./users";

const Credentials = z.object({ email: z.string().min(1).max(254), password: z.string().min(1).max(1024) });

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export type SignedIn = { id: string; sessionVersion: number; role: string };

/** The account these credentials open, or null (and one failure counted) when they open none. */
export async function verifyCredentials(raw: unknown, headers: HeaderSource, learnerId: string | null): Promise<SignedIn | null> {
  const parsed = Credentials.safeParse(raw);
  if (!parsed.success) return null;
  const email = normalizeEmail(parsed.data.email);
  const account = await findCredentials(email);
  const isValid = account?.passwordHash
    ? await verifyPassword(account.passwordHash, parsed.data.password)
    : await verifyAgainstNothing(parsed.data.password);
  if (!account || !isValid) {
    await recordSignInFailure(email, clientAddress(headers), nowFrom(headers));
    return null;
  }
  await clearAccountFailures(email);
  await claimGuestWork(account, learnerId);
  return { id: account.id, sessionVersion: account.sessionVersion, role: account.role };
}

/** The guest's quizzes and live-game players on this browser become the account's, and their answers its reviews. */
export async function claimGuestWork(account: { id: string; desiredRetention: number; timeZone: string; dayStartHour: number }, learnerId: string | null): Promise<void> {
  const claimed = learnerId ? await claimGuestAttempts(account.id, learnerId) : [];
  if (claimed.length) await recordClaimedAnswersAsReviews(account, getBank(), claimed);
  if (learnerId) await claimGuestPlayers(account, learnerId);
}

/** null when a sign-in may be tried now, else the sentence saying how long to wait. */
export async function signInRefusal(email: string, headers: HeaderSource): Promise<{ message: string; retryAfterSeconds: number } | null> {
  const check = await checkSignInAllowed(normalizeEmail(email), clientAddress(headers), nowFrom(headers));
  return check.ok ? null : { message: rateLimitedMessage(check.retryAfterSeconds), retryAfterSeconds: check.retryAfterSeconds };
}
