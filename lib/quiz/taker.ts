// Who is taking a quiz: the browser's guest id and, when signed in, the account. An attempt
// belongs to the account once claimed; a guest id alone then no longer reaches it, so a shared
// computer does not show a signed-out account's quizzes. The app layer reads the taker from the
// request (lib/auth/taker) and passes it in.
import type { Prisma } from "@/lib/generated/prisma/client";

export type Taker = { learnerId: string | null; userId: string | null };

/** The `where` that limits attempts to this taker's; matches nothing for nobody. */
export function attemptsOf(taker: Taker): Prisma.AttemptWhereInput {
  const owners: Prisma.AttemptWhereInput[] = [];
  if (taker.userId) owners.push({ userId: taker.userId });
  if (taker.learnerId) owners.push({ learnerId: taker.learnerId, userId: null });
  return owners.length > 0 ? { OR: owners } : { id: { in: [] } };
}
