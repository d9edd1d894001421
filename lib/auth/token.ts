// The tokens in single-use links (a password reset, an address verification): 32 random bytes in
// the link, only their SHA-256 in the database, so a copy of the database opens no account. Pure:
// the database side is in lib/auth/recovery.ts and lib/auth/verification.ts.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

export const TOKEN_PURPOSES = ["password_reset", "email_verification"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

const MINUTE = 60 * 1000;
/** A reset link sent by email: short, since an inbox is read by whoever holds the phone. */
export const EMAIL_RESET_LIFETIME_MS = 30 * MINUTE;
/** A reset link a teacher hands over in class: long enough to reach the student the next day. */
export const TEACHER_RESET_LIFETIME_MS = 24 * 60 * MINUTE;
export const VERIFICATION_LIFETIME_MS = 24 * 60 * MINUTE;

/** 32 bytes in base64url: 43 characters, nothing else. */
export const TokenText = z.string({ error: "This link has no token." }).regex(/^[A-Za-z0-9_-]{43}$/, "This link is not complete.");

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token for a link, and the hash that is stored in its place. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function expiryFrom(now: Date, lifetimeMs: number): Date {
  return new Date(now.getTime() + lifetimeMs);
}

export type TokenState = "valid" | "used" | "expired" | "unknown";

/** What a stored token (or none) is worth at `now`; a used one stays used after it expires too. */
export function tokenState(row: { expiresAt: Date; usedAt: Date | null } | null, now: Date): TokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt.getTime() > now.getTime() ? "valid" : "expired";
}

/** The sentence a person reads when a link does not work, saying what to do next. */
export function tokenRefusal(state: Exclude<TokenState, "valid">, purpose: TokenPurpose): string {
  const again = purpose === "password_reset" ? "Ask for a new reset link on the “Forgot your password?” page, or ask your teacher for one." : "Send a new verification link from your account page.";
  if (state === "used") return `This link has already been used, and each link works once. ${again}`;
  if (state === "expired") return `This link has expired. ${again}`;
  return `This link is not valid: it may have been copied incompletely. ${again}`;
}

/** The link a token travels in: the site's origin, the page, the token in the query. */
export function tokenLink(origin: string, page: "/reset-password" | "/verify-email", token: string): string {
  return `${origin.replace(/\/$/, "")}${page}?token=${token}`;
}
