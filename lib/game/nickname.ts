// Nicknames players choose on joining: trimmed, 2-20 characters, no control or invisible characters,
// and not the same as another player's in the game (compared without case, accents or spacing).
import { z } from "zod";

export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 20;

// Control (Cc), format (Cf: zero-width, bidi overrides), unassigned/private use, separators other than a space.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u;

export const Nickname = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
  .refine((s) => !INVISIBLE.test(s), "A nickname cannot contain control or invisible characters.")
  .refine((s) => [...s].length >= NICKNAME_MIN, `A nickname needs at least ${NICKNAME_MIN} characters.`)
  .refine((s) => [...s].length <= NICKNAME_MAX, `A nickname can be at most ${NICKNAME_MAX} characters.`);

/** The form two nicknames are compared in: "Anna", "anna" and "Ánna " are one name. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, "").toLowerCase();
}

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; message: string };

export function checkNickname(raw: unknown, taken: readonly string[]): NicknameCheck {
  const parsed = Nickname.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That nickname cannot be used." };
  const key = nicknameKey(parsed.data);
  if (taken.some((t) => nicknameKey(t) === key)) return { ok: false, message: "Someone in this game already has that nickname: choose another." };
  return { ok: true, nickname: parsed.data };
}
