// Getting back into an account: a reset link by email (the same answer and the same work whether or
// not the address has an account), a reset link a teacher makes for a student, and setting the new
// password through either, which ends every older session and consumes the link exactly once.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Mail } from "@/lib/mail";
import { setPassword } from "./account";
import { NewPassword } from "./password";
import { allowResetRequest, clearAccountFailures, resetLimitedMessage } from "./rate-limit";
import { EMAIL_RESET_LIFETIME_MS, expiryFrom, hashToken, newToken, tokenLink, tokenState, TokenText, type TokenState } from "./token";
import { Email } from "./users";

const PURPOSE = "password_reset";

export const ResetRequest = z.object({ email: Email }).strict();
export const ResetInput = z.object({ token: TokenText, password: NewPassword }).strict();

/** The one answer to a reset request, for an address with an account and one without alike. */
export const RESET_SENT_MESSAGE =
  "If an account uses that address, we have sent it a link to choose a new password. The link works once, for 30 minutes. Nothing arrived? Check your spam folder, or ask your teacher for a reset link.";

/** Said wherever a reset by email would be offered, on a server with no SMTP server configured. */
export const NO_EMAIL_RESET =
  "Reset by email is not available on this server. Ask your teacher for a reset link: they can make one from your page in their class.";

export type ResetRequestResult = { ok: true; mail: () => Promise<Mail | null> } | { ok: false; message: string; retryAfterSeconds: number };

/**
 * A reset request: counted against the limits, which is all the answer waits for. Whether the address
 * has an account is found by `mail`, which the caller runs after answering (sendAfterResponse): it stores
 * a token and gives the email only for a known address. So the answer does the same work, and takes as
 * long, for an unknown address as for a known one; the token's write once made a known one slower on a
 * busy machine.
 */
export async function requestPasswordReset(email: string, ip: string, now: Date, origin: string): Promise<ResetRequestResult> {
  const limit = await allowResetRequest(email, ip, now);
  if (!limit.ok) return { ok: false, message: resetLimitedMessage(limit.retryAfterSeconds), retryAfterSeconds: limit.retryAfterSeconds };
  return { ok: true, mail: () => resetMailFor(email, now, origin) };
}

async function resetMailFor(email: string, now: Date, origin: string): Promise<Mail | null> {
  const account = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });
  if (!account) return null;
  const { token, tokenHash } = newToken();
  await db.accountToken.create({ data: { userId: account.id, purpose: PURPOSE, tokenHash, expiresAt: expiryFrom(now, EMAIL_RESET_LIFETIME_MS) } });
  return resetMail(email, account.name, tokenLink(origin, "/reset-password", token));
}

function resetMail(to: string, name: string, link: string): Mail {
  return {
    to,
    subject: "Choose a new Overflight password",
    text: [
      `Hello ${name},`,
      "",
      "Someone (we hope you) asked to choose a new password for your Overflight account. Open this link to do it:",
      "",
      link,
      "",
      "The link works once, for 30 minutes. If you did not ask, ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

/**
 * A reset token made for an account by a teacher: its link text (only the hash is stored). Only the
 * newest such link works: an older one, perhaps handed to the wrong person, stops working at once.
 */
export async function issueResetToken(userId: string, issuedById: string, now: Date, lifetimeMs: number): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash } = newToken();
  const expiresAt = expiryFrom(now, lifetimeMs);
  await db.$transaction([
    db.accountToken.updateMany({ where: { userId, purpose: PURPOSE, issuedById: { not: null }, usedAt: null }, data: { usedAt: now } }),
    db.accountToken.create({ data: { userId, purpose: PURPOSE, tokenHash, issuedById, expiresAt } }),
  ]);
  return { token, expiresAt };
}

export type ResetResult = { ok: true; account: { id: string; sessionVersion: number; role: string } } | { ok: false; state: Exclude<TokenState, "valid"> };

/**
 * The new password through a reset link. The link is consumed in the same transaction as the
 * password is set (an update that matches only while it is unused and unexpired), so two
 * submissions at once set it once; every other reset link of the account stops working too.
 */
export async function resetPassword(input: z.infer<typeof ResetInput>, now: Date): Promise<ResetResult> {
  const tokenHash = hashToken(input.token);
  const row = await db.accountToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, purpose: true, expiresAt: true, usedAt: true } });
  const state = tokenState(row?.purpose === PURPOSE ? row : null, now);
  if (!row || state !== "valid") return { ok: false, state: state === "valid" ? "unknown" : state };
  const account = await setPassword(row.userId, input.password, async (tx) => {
    const consumed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (consumed.count !== 1) return false;
    await tx.accountToken.updateMany({ where: { userId: row.userId, purpose: PURPOSE, usedAt: null }, data: { usedAt: now } });
    return true;
  });
  if (!account) return { ok: false, state: "used" };
  // The new password opens the account at once, even after a run of failed sign-ins.
  await clearAccountFailures(account.email);
  return { ok: true, account };
}
