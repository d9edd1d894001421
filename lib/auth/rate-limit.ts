// Sign-in attempt limits, per account and per address, counted in the database so the limit
// holds across app instances. A blocked key waits out its window even with the right password.
import "server-only";
import { db } from "@/lib/db";

export const ACCOUNT_LIMIT = { failures: 5, windowMs: 15 * 60 * 1000 };
export const ADDRESS_LIMIT = { failures: 20, windowMs: 15 * 60 * 1000 };

export const accountKey = (email: string) => `signin:account:${email}`;
export const addressKey = (ip: string) => `signin:address:${ip}`;

export type LimitCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Whether a sign-in may be tried now for this account and address. */
export async function checkSignInAllowed(email: string, ip: string, now: Date): Promise<LimitCheck> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: [accountKey(email), addressKey(ip)] } } });
  const waits = rows
    .map((r) => (r.blockedUntil && r.blockedUntil > now ? r.blockedUntil.getTime() - now.getTime() : 0))
    .filter((ms) => ms > 0);
  if (waits.length === 0) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.ceil(Math.max(...waits) / 1000) };
}

async function countFailure(key: string, limit: { failures: number; windowMs: number }, now: Date) {
  await db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() >= limit.windowMs;
    const count = fresh ? 1 : row.count + 1;
    const windowStart = fresh ? now : row.windowStart;
    const blockedUntil = count >= limit.failures ? new Date(windowStart.getTime() + limit.windowMs) : null;
    await tx.rateLimit.upsert({
      where: { key },
      create: { key, count, windowStart, blockedUntil },
      update: { count, windowStart, blockedUntil },
    });
  });
}

export async function recordSignInFailure(email: string, ip: string, now: Date) {
  await countFailure(accountKey(email), ACCOUNT_LIMIT, now);
  await countFailure(addressKey(ip), ADDRESS_LIMIT, now);
}

/** A successful sign-in clears the account's counter (the address keeps its count). */
export async function clearAccountFailures(email: string) {
  await db.rateLimit.deleteMany({ where: { key: accountKey(email) } });
}
