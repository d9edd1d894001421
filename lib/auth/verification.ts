// Showing that an email address is the account's: a single-use link sent to it at sign-up and on
// demand, and for a change of address, where the new address replaces the old one only when its
// link is opened (until then it waits as the account's pending address).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Mail } from "@/lib/mail";
import { verifyPassword } from "./password";
import { allowVerificationMail } from "./rate-limit";
import { expiryFrom, hashToken, newToken, tokenLink, tokenState, TokenText, VERIFICATION_LIFETIME_MS, type TokenState } from "./token";
import { Email } from "./users";

const PURPOSE = "email_verification";

export const VerifyInput = z.object({ token: TokenText }).strict();
export const EmailChange = z.object({ email: Email, password: z.string().max(1024) }).strict();

export type EmailStatus = { email: string; verifiedAt: Date | null; pendingEmail: string | null; hasPassword: boolean };

/** The account page's view of the address (whether a password exists, never the hash). */
export async function getEmailStatus(userId: string): Promise<EmailStatus | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true, pendingEmail: true, passwordHash: true } });
  return row ? { email: row.email, verifiedAt: row.emailVerifiedAt, pendingEmail: row.pendingEmail, hasPassword: row.passwordHash !== null } : null;
}

async function verificationMail(userId: string, name: string, address: string, now: Date, origin: string): Promise<Mail> {
  const { token, tokenHash } = newToken();
  await db.accountToken.create({ data: { userId, purpose: PURPOSE, tokenHash, email: address, expiresAt: expiryFrom(now, VERIFICATION_LIFETIME_MS) } });
  return {
    to: address,
    subject: "Confirm your email address for Overflight",
    text: [
      `Hello ${name},`,
      "",
      "Open this link to confirm that this address is yours. With a confirmed address you can choose a new password by email if you forget yours.",
      "",
      tokenLink(origin, "/verify-email", token),
      "",
      "The link works once, for 24 hours. If you did not make an Overflight account, ignore this email.",
    ].join("\n"),
  };
}

/** The link for the address waiting to be verified (a pending new one, else the account's), or why none is sent. */
export async function requestVerification(userId: string, now: Date, origin: string): Promise<{ ok: true; mail: Mail } | { ok: false; message: string }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, emailVerifiedAt: true, pendingEmail: true } });
  if (!user) return { ok: false, message: "Sign in to do this." };
  if (!user.pendingEmail && user.emailVerifiedAt) return { ok: false, message: "Your address is already verified." };
  const limit = await allowVerificationMail(userId, now);
  if (!limit.ok) return { ok: false, message: `Too many verification emails asked for. Wait ${Math.ceil(limit.retryAfterSeconds / 60)} minutes before asking again.` };
  return { ok: true, mail: await verificationMail(userId, user.name, user.pendingEmail ?? user.email, now, origin) };
}

export type EmailChangeResult = { ok: true; mail: Mail } | { ok: false; reason: "wrong_password" | "same" | "taken" | "limited"; message: string };

/** A new address, kept as pending until its link is opened; the current password confirms the change. */
export async function requestEmailChange(userId: string, input: z.infer<typeof EmailChange>, now: Date, origin: string): Promise<EmailChangeResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, passwordHash: true } });
  if (!user) return { ok: false, reason: "wrong_password", message: "Sign in to do this." };
  // An account that signs in only through GitHub or Google has no password to confirm with.
  const isRight = user.passwordHash ? await verifyPassword(user.passwordHash, input.password) : true;
  if (!isRight) return { ok: false, reason: "wrong_password", message: "Your password is not right, so the address was not changed." };
  if (input.email === user.email) return { ok: false, reason: "same", message: "That is already your address." };
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return { ok: false, reason: "taken", message: "Another account uses that address, so it cannot be yours here." };
  }
  const limit = await allowVerificationMail(userId, now);
  if (!limit.ok) return { ok: false, reason: "limited", message: `Too many verification emails asked for. Wait ${Math.ceil(limit.retryAfterSeconds / 60)} minutes before asking again.` };
  await db.$transaction([
    // An older pending address's links stop working: only the newest asked-for address can win.
    db.accountToken.updateMany({ where: { userId, purpose: PURPOSE, usedAt: null, NOT: { email: user.email } }, data: { usedAt: now } }),
    db.user.update({ where: { id: userId }, data: { pendingEmail: input.email } }),
  ]);
  return { ok: true, mail: await verificationMail(userId, user.name, input.email, now, origin) };
}

export type VerifyResult = { ok: true; email: string; changed: boolean } | { ok: false; state: Exclude<TokenState, "valid"> | "taken"; message?: string };

/**
 * Opens a verification link: the token consumed once (an update that matches only while unused and
 * unexpired); the account's own address becomes verified, or the pending address replaces it.
 */
export async function verifyEmail(token: string, now: Date): Promise<VerifyResult> {
  const row = await db.accountToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, purpose: true, email: true, expiresAt: true, usedAt: true } });
  const state = tokenState(row?.purpose === PURPOSE ? row : null, now);
  if (!row?.email || state !== "valid") return { ok: false, state: state === "valid" ? "unknown" : state };
  const address = row.email;
  try {
    return await db.$transaction(async (tx) => {
      const consumed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (consumed.count !== 1) return { ok: false, state: "used" } as const;
      const user = await tx.user.findUnique({ where: { id: row.userId }, select: { email: true, pendingEmail: true } });
      if (user?.email === address) {
        await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: now } });
        return { ok: true, email: address, changed: false } as const;
      }
      if (user?.pendingEmail !== address) return { ok: false, state: "unknown" } as const;
      await tx.user.update({ where: { id: row.userId }, data: { email: address, pendingEmail: null, emailVerifiedAt: now } });
      return { ok: true, email: address, changed: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, state: "taken", message: "Another account has taken that address since you asked, so your address stays as it was." };
    throw error;
  }
}
