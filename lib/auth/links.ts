// What a single-use link is worth before it is used: the page it opens says at once when it is
// expired, used or not one of ours, instead of after the person has typed a new password.
import "server-only";
import { db } from "@/lib/db";
import { hashToken, tokenState, TokenText, type TokenPurpose, type TokenState } from "./token";

export async function linkState(purpose: TokenPurpose, token: unknown, now: Date): Promise<TokenState> {
  const parsed = TokenText.safeParse(token);
  if (!parsed.success) return "unknown";
  const row = await db.accountToken.findUnique({ where: { tokenHash: hashToken(parsed.data) }, select: { purpose: true, expiresAt: true, usedAt: true } });
  return tokenState(row?.purpose === purpose ? row : null, now);
}
