// Game PINs: six digits, never starting with 0 (so "012345" and "12345" cannot be confused).
import { randomInt } from "node:crypto";
import { z } from "zod";

export const GamePin = z.string().trim().regex(/^[1-9]\d{5}$/, "A game PIN is six digits.");

/** A fresh PIN not in `inUse`; the caller retries on a unique-constraint clash. */
export function makePin(inUse: ReadonlySet<string> = new Set(), random: (min: number, max: number) => number = randomInt): string {
  for (;;) {
    const pin = String(random(100000, 1000000));
    if (!inUse.has(pin)) return pin;
  }
}
