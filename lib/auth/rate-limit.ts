// Attempt limits, per account and per address, counted in the database so the limit holds across
// app instances: failed sign-ins, and password-reset requests. A blocked key waits out its window
// even with the right password.
import "server-only";
import { db } from "@/lib/db";

export const ACCOUNT_LIMIT = { failures: 5, windowMs: 15 * 60 * 1000 };
export const ADDRESS_LIMIT = { failures: 20, windowMs: 15 * 60 * 1000 };

export const accountKey = (email: string) => `signin:account:${email}`;
export const addressKey = (ip: string) => `signin:address:${ip}`;

/** Reset requests count whether or not the address has an account, so the limit tells nothing either. */
export const RESET_ACCOUNT_LIMIT = { failures: 5, windowMs: 60 * 60 * 1000 };
export const RESET_ADDRESS_LIMIT = { failures: 30, windowMs: 15 * 60 * 1000 };

export const resetAccountKey = (email: string) => `reset:account:${email}`;
export const resetAddressKey = (ip: string) => `reset:address:${ip}`;

export type LimitCheck = { ok: true } | { ok: false; retryAfterSeconds: number };
type Limit = { failures: number; windowMs: number };

/** Whether a sign-in may be tried now for this account and address. */
export function checkSignInAllowed(email: string, ip: string, now: Date): Promise<LimitCheck> {
  return checkKeys([accountKey(email), addressKey(ip)], now);
}

async function checkKeys(keys: string[], now: Date): Promise<LimitCheck> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys } } });
  const waits = rows
    .map((r) => (r.blockedUntil && r.blockedUntil > now ? r.blockedUntil.getTime() - now.getTime() : 0))
    .filter((ms) => ms > 0);
  if (waits.length === 0) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.ceil(Math.max(...waits) / 1000) };
}

/**
 * Counts one failure. The increment is one atomic upsert, so failures arriving at once on several
 * app instances are all counted; an expired window starts again at 1.
 */
async function countFailure(key: string, limit: Limit, now: Date) {
  await db.$transaction(async (tx) => {
    const row = await tx.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowStart: now },
      update: { count: { increment: 1 } },
    });
    if (now.getTime() - row.windowStart.getTime() >= limit.windowMs) {
      await tx.rateLimit.update({ where: { key }, data: { count: 1, windowStart: now, blockedUntil: null } });
    } else if (row.count >= limit.failures && !row.blockedUntil) {
      await tx.rateLimit.update({ where: { key }, data: { blockedUntil: new Date(row.windowStart.getTime() + limit.windowMs) } });
    }
  });
}

export async function recordSignInFailure(email: string, ip: string, now: Date) {
  await countFailure(accountKey(email), ACCOUNT_LIMIT, now);
  await countFailure(addressKey(ip), ADDRESS_LIMIT, now);
}

/** A password-reset request, counted for the address asked about and the client's address; refused once either is over its limit. */
export async function allowResetRequest(email: string, ip: string, now: Date): Promise<LimitCheck> {
  const check = await checkKeys([resetAccountKey(email), resetAddressKey(ip)], now);
  if (!check.ok) return check;
  await countFailure(resetAccountKey(email), RESET_ACCOUNT_LIMIT, now);
  await countFailure(resetAddressKey(ip), RESET_ADDRESS_LIMIT, now);
  return check;
}

/** Verification emails an account may ask for (on demand, and for a new address). */
export const VERIFY_ACCOUNT_LIMIT = { failures: 5, windowMs: 60 * 60 * 1000 };
export const verifyAccountKey = (userId: string) => `verify:account:${userId}`;

export async function allowVerificationMail(userId: string, now: Date): Promise<LimitCheck> {
  const check = await checkKeys([verifyAccountKey(userId)], now);
  if (check.ok) await countFailure(verifyAccountKey(userId), VERIFY_ACCOUNT_LIMIT, now);
  return check;
}

/** A successful sign-in clears the account's counter (the address keeps its count). */
export async function clearAccountFailures(email: string) {
  await db.rateLimit.deleteMany({ where: { key: accountKey(email) } });
}

/** What a person is told when the limit holds: how long to wait, in minutes. */
export function rateLimitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many failed sign-in attempts. Wait ${minutes} minute${minutes === 1 ? "" : "s"} before trying again.`;
}

export function resetLimitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many reset requests for this address or from this network. Wait ${minutes} minute${minutes === 1 ? "" : "s"} before asking again.`;
}

/**
 * Game PINs are six digits, so guessing one is cheap: each PIN that names no live game counts against
 * the address, as a failed sign-in does, and a blocked address waits out its window.
 */
export const GAME_PIN_LIMIT = { failures: 10, windowMs: 10 * 60 * 1000 };
export const gamePinKey = (ip: string) => `game-pin:address:${ip}`;

export function checkGamePinAllowed(ip: string, now: Date): Promise<LimitCheck> {
  return checkKeys([gamePinKey(ip)], now);
}

export async function recordGamePinFailure(ip: string, now: Date) {
  await countFailure(gamePinKey(ip), GAME_PIN_LIMIT, now);
}

export function gamePinLimitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many wrong game PINs from this network. Wait ${minutes} minute${minutes === 1 ? "" : "s"} before trying again.`;
}
