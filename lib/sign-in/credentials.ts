// Email + password sign-in, checked once for both ways in: next-auth's credentials callback
// (lib/sign-in/route.ts) and the sign-in form's server action. A wrong password counts towards the
// limit; the right one clears the account's counter and moves the browser's guest work to the account.
// It lives above lib/auth, lib/srs and lib/game so that none of them imports another in a ring.
import "server-only";
import { Credentials, type HeaderSource } from "@/lib/auth/credentials";
import { clientAddress } from "@/lib/auth/address";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { clearAccountFailures, recordSignInFailure } from "@/lib/auth/rate-limit";
import { claimGuestAttempts, findCredentials, normalizeEmail } from "@/lib/auth/users";
import { getBank } from "@/lib/content/bank";
import { claimGuestPlayers } from "@/lib/game/service";
import { recordClaimedAnswersAsReviews } from "@/lib/srs/review-service";
import { nowFrom } from "@/lib/time/clock";

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
