import { describe, expect, it } from "vitest";
import { addDays, countDaysBetween } from "@/lib/progress";

describe("addDays", () => {
  it.each<[string, number, string]>([
    ["2025-03-10", 1, "2025-03-11"],
    ["2025-03-10", -10, "2025-02-28"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-03-30", 0, "2025-03-30"],
    ["2025-01-01", 365, "2026-01-01"],
  ])("%s + %i = %s", (key, n, expected) => {
    expect(addDays(key, n)).toBe(expected);
  });

  it("ignores daylight-saving changes because it works on calendar days", () => {
    // 30 March 2025 is the night European clocks jump forward.
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
  });

  it("rejects keys that are not real days", () => {
    expect(() => addDays("2025-3-1", 1)).toThrow(RangeError);
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
  });
});

describe("countDaysBetween", () => {
  it("counts calendar days in either direction", () => {
    expect(countDaysBetween("2025-02-27", "2025-03-02")).toBe(3);
    expect(countDaysBetween("2025-03-02", "2025-02-27")).toBe(-3);
    expect(countDaysBetween("2025-03-02", "2025-03-02")).toBe(0);
  });
});
