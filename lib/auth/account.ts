// What a signed-in person can do to their own account: settings, ending sessions, a new
// password, export and deletion. Each function takes the user id from the session only.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { formatPercent } from "@/lib/progress/percent";
import { isValidTimeZone } from "@/lib/time/zone";
import { MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "@/lib/srs/scheduler";
import { listParameters } from "@/lib/srs/memory-model";
import { hashPassword, NewPassword, verifyPassword } from "./password";
import type { Prisma } from "@/lib/generated/prisma/client";
import { accountKey, resetAccountKey } from "./rate-limit";
import { findPasswordHash, publicUserSelect } from "./users";

const RETENTION_RANGE = `Desired retention is between ${formatPercent(MIN_DESIRED_RETENTION)} and ${formatPercent(MAX_DESIRED_RETENTION)}.`;

export const SettingsInput = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(80, "Use at most 80 characters for your name."),
    timeZone: z.string().refine(isValidTimeZone, "Choose a time zone from the list."),
    dayStartHour: z.coerce.number().int().min(0, "The day starts between 0 and 23 h.").max(23, "The day starts between 0 and 23 h."),
    desiredRetention: z.coerce
      .number()
      .min(MIN_DESIRED_RETENTION, RETENTION_RANGE)
      .max(MAX_DESIRED_RETENTION, RETENTION_RANGE),
    newPerDay: z.coerce.number().int().min(0, "New cards per day is 0 to 500.").max(500, "New cards per day is 0 to 500."),
    reviewsPerDay: z.coerce.number().int().min(0, "Reviews per day is 0 to 5,000.").max(5000, "Reviews per day is 0 to 5,000."),
  })
  .strict();
export type SettingsInput = z.infer<typeof SettingsInput>;

export async function updateSettings(userId: string, input: SettingsInput) {
  return db.user.update({ where: { id: userId }, data: input, select: publicUserSelect });
}

/** Ends every session of the account, this one included, on its next request. */
export async function endAllSessions(userId: string) {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export const PasswordChange = z.object({ current: z.string().min(1, "Enter your current password.").max(1024), next: NewPassword }).strict();

/**
 * The one way a password is set on an existing account: the new hash, and the session version moved on
 * so that every older session ends. `guard` runs first in the same transaction (consuming a reset
 * link); when it says no, nothing is written and the answer is null.
 */
export async function setPassword(
  userId: string,
  password: string,
  guard?: (tx: Prisma.TransactionClient) => Promise<boolean>,
): Promise<{ id: string; sessionVersion: number; role: string; email: string } | null> {
  // Hashed before the transaction: Argon2 takes tens of milliseconds, the write lock should not.
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (guard && !(await guard(tx))) return null;
    return tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true, role: true, email: true },
    });
  });
}

/** The account's new session version (older sessions end), or null when the current password is wrong. */
export async function changePassword(userId: string, input: z.infer<typeof PasswordChange>): Promise<{ sessionVersion: number } | null> {
  const hash = await findPasswordHash(userId);
  if (!hash || !(await verifyPassword(hash, input.current))) return null;
  return setPassword(userId, input.next);
}

/** Deletes the account and every personal row (cards, reviews, attempts, links, sign-in counters). */
export async function deleteAccount(userId: string, password: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) return false;
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, password))) return false;
  await db.$transaction([
    db.rateLimit.deleteMany({ where: { key: { in: [accountKey(user.email), resetAccountKey(user.email)] } } }),
    db.user.delete({ where: { id: userId } }),
  ]);
  return true;
}

/**
 * The learner's own data, as README's "Your data" lists it. Nothing internal leaves: not the
 * session counter that sign-out-everywhere bumps, the password hash, the guest cookie's id
 * (learnerId) or the owner ids.
 */
export async function exportAccount(userId: string) {
  const [user, cards, reviews, attempts, parameters] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { ...publicUserSelect, sessionVersion: false } }),
    db.card.findMany({ where: { userId }, orderBy: { factId: "asc" } }),
    db.review.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" }, include: { undo: { select: { undoneAt: true } } } }),
    db.attempt.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, include: { answers: true } }),
    listParameters(userId),
  ]);
  return {
    user,
    cards: cards.map(({ userId: _owner, ...card }) => card),
    reviews: reviews.map(({ userId: _owner, undo, ...review }) => ({ ...review, undoneAt: undo?.undoneAt ?? null })),
    attempts: attempts.map(({ learnerId: _cookie, userId: _owner, ...attempt }) => attempt),
    parameters,
  };
}
