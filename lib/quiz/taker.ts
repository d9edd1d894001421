// Who is taking a quiz: the browser's guest id and, when signed in, the account. An attempt
// belongs to the account once claimed; a guest id alone then no longer reaches it, so a shared
// computer does not show a signed-out account's quizzes.
import "server-only";
import { ensureLearnerId, getLearnerId } from "@/lib/auth/learner";
import { getCurrentUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Taker = { learnerId: string | null; userId: string | null };

export async function getTaker(): Promise<Taker> {
  const [learnerId, user] = await Promise.all([getLearnerId(), getCurrentUser()]);
  return { learnerId, userId: user?.id ?? null };
}

/** The taker, with a guest id made when missing (actions and route handlers only). */
export async function ensureTaker(): Promise<Taker & { learnerId: string }> {
  const [learnerId, user] = await Promise.all([ensureLearnerId(), getCurrentUser()]);
  return { learnerId, userId: user?.id ?? null };
}

/** The `where` that limits attempts to this taker's; matches nothing for nobody. */
export function attemptsOf(taker: Taker): Prisma.AttemptWhereInput {
  const owners: Prisma.AttemptWhereInput[] = [];
  if (taker.userId) owners.push({ userId: taker.userId });
  if (taker.learnerId) owners.push({ learnerId: taker.learnerId, userId: null });
  return owners.length > 0 ? { OR: owners } : { id: { in: [] } };
}
