// Who is taking a quiz, read from the request: the browser's guest id (lib/auth/learner) and the
// signed-in account. lib/quiz takes the result as a parameter and never reads cookies or sessions.
import "server-only";
import type { Taker } from "@/lib/quiz/taker";
import { ensureLearnerId, getLearnerId } from "./learner";
import { getCurrentUser } from "./session";

export async function getTaker(): Promise<Taker> {
  const [learnerId, user] = await Promise.all([getLearnerId(), getCurrentUser()]);
  return { learnerId, userId: user?.id ?? null };
}

/** The taker, with a guest id made when missing (actions and route handlers only). */
export async function ensureTaker(): Promise<Taker & { learnerId: string }> {
  const [learnerId, user] = await Promise.all([ensureLearnerId(), getCurrentUser()]);
  return { learnerId, userId: user?.id ?? null };
}
