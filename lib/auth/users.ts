// Accounts in the database. Nothing here ever returns a password hash to a caller outside
// lib/auth: `publicUser` is the only shape that leaves.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isValidTimeZone } from "@/lib/time/zone";
import { hashPassword, NewPassword } from "./password";

export const ROLES = ["learner", "teacher"] as const;
export type Role = (typeof ROLES)[number];

export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  timeZone: true,
  dayStartHour: true,
  desiredRetention: true,
  newPerDay: true,
  reviewsPerDay: true,
  sessionVersion: true,
  createdAt: true,
} as const;
export type PublicUser = Prisma.UserGetPayload<{ select: typeof publicUserSelect }>;
/** The same columns as a list, for the engine's prepared read of the signed-in user. */
export const PUBLIC_USER_COLUMNS = Object.keys(publicUserSelect) as (keyof typeof publicUserSelect)[];

/** Emails compare case-insensitively on every engine because they are stored lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const Email = z
  .string({ error: "Enter your email address." })
  .trim()
  .max(254, "That email address is too long.")
  .email("Enter an email address like name@example.org.")
  .transform(normalizeEmail);

export const SignUpInput = z
  .object({
    name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(80, "Use at most 80 characters for your name."),
    email: Email,
    password: NewPassword,
    role: z.enum(ROLES, { error: "Choose learner or teacher." }).default("learner"),
    timeZone: z.string().max(64).optional(),
  })
  .strict();
export type SignUpInput = z.infer<typeof SignUpInput>;

export type CreateUserResult = { ok: true; user: PublicUser } | { ok: false; reason: "email_taken" };

export async function createUser(input: SignUpInput & { timeZone: string }): Promise<CreateUserResult> {
  try {
    const user = await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        timeZone: input.timeZone,
        passwordHash: await hashPassword(input.password),
      },
      select: publicUserSelect,
    });
    return { ok: true, user };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "email_taken" };
    throw error;
  }
}

/** Sign-up: the account with the browser's time zone when it names a real one, else UTC. */
export function signUp(input: SignUpInput): Promise<CreateUserResult> {
  const timeZone = input.timeZone && isValidTimeZone(input.timeZone) ? input.timeZone : "UTC";
  return createUser({ ...input, timeZone });
}

/** The one read of a password hash: for checking a sign-in or a password change. */
export async function findCredentials(email: string) {
  return db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, passwordHash: true, sessionVersion: true, desiredRetention: true, timeZone: true, dayStartHour: true, role: true },
  });
}

export async function findPasswordHash(userId: string) {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

/** A guest's quiz attempts on this browser become the account's. */
/** The guest's attempts (by their cookie's learner id) become the account's; returns the ids claimed. */
export async function claimGuestAttempts(userId: string, learnerId: string): Promise<string[]> {
  const unclaimed = await db.attempt.findMany({ where: { learnerId, userId: null }, select: { id: true } });
  const ids = unclaimed.map((a) => a.id);
  if (ids.length) await db.attempt.updateMany({ where: { id: { in: ids }, userId: null }, data: { userId } });
  return ids;
}

/** For OAuth sign-ins: the account with this provider identity, or one made (or linked by email) now. */
export async function upsertOAuthUser(input: { provider: string; providerAccountId: string; email: string; name: string }) {
  const email = normalizeEmail(input.email);
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
    select: { user: { select: publicUserSelect } },
  });
  if (linked) return linked.user;
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: input.name || email, passwordHash: null },
    update: {},
    select: publicUserSelect,
  });
  await db.oAuthAccount.create({ data: { userId: user.id, provider: input.provider, providerAccountId: input.providerAccountId } });
  return user;
}
