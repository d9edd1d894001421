import { describe, expect, it } from "vitest";
import { LEECH_LAPSES, isLeech } from "@/lib/srs/leech";

describe("isLeech", () => {
  it("flags a card at 8 lapses, not at 7", () => {
    expect(LEECH_LAPSES).toBe(8);
    expect(isLeech({ lapses: 7 })).toBe(false);
    expect(isLeech({ lapses: 8 })).toBe(true);
    expect(isLeech({ lapses: 12 })).toBe(true);
  });
});
