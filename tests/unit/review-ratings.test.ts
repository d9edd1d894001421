import { describe, expect, it } from "vitest";
import { sameIntervalAs } from "@/components/review/ratings";

describe("sameIntervalAs", () => {
  it("names the first earlier grade with the same interval, and nothing when the intervals differ", () => {
    const intervals = { 1: "1m", 2: "6m", 3: "1d", 4: "1d" };
    expect(sameIntervalAs(intervals, 4)).toBe("Good");
    expect(sameIntervalAs(intervals, 3)).toBeNull();
    expect(sameIntervalAs({ 1: "1m", 2: "1d", 3: "1d", 4: "1d" }, 4)).toBe("Hard");
    expect(sameIntervalAs(intervals, 1)).toBeNull();
  });
});
