// Passwords: Argon2id hashing (OWASP parameters) and the rules a new password must meet,
// as ASVS 5 asks: long enough, long allowed, no composition rules, one clear message per refusal.
import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

// algorithm 2 is Argon2id (the package exports it as a const enum, which isolatedModules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 128;

export const NewPassword = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters for your password.`)
  .max(MAX_PASSWORD, `Use at most ${MAX_PASSWORD} characters for your password.`)
  .refine((p) => p.trim().length > 0, "A password cannot be only spaces.");

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

/** Verifying against this when the account does not exist keeps timing alike for both cases. */
let dummyHash: Promise<string> | undefined;
export function verifyAgainstNothing(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing");
  return dummyHash.then((h) => verifyPassword(h, password)).then(() => false);
}
