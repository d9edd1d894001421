import { describe, expect, it } from "vitest";
import { addDays, countDaysBetween, dayKey, isCalendarDate, parseDayKey } from "@/lib/time/calendar";

describe("addDays", () => {
  it.each<[string, number, string]>([
    ["2025-03-10", 1, "2025-03-11"],
    ["2025-03-10", -10, "2025-02-28"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-03-30", 0, "2025-03-30"],
    ["2025-01-01", 365, "2026-01-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["0099-12-31", 1, "0100-01-01"],
  ])("%s + %i = %s", (key, n, expected) => {
    expect(addDays(key, n)).toBe(expected);
  });

  it("ignores daylight-saving changes because it works on calendar days", () => {
    // 30 March 2025 is the night European clocks jump forward.
    expect(addDays("2025-03-29", 2)).toBe("2025-03-31");
  });

  it("rejects keys that are not real days", () => {
    expect(() => addDays("2025-3-1", 1)).toThrow(RangeError);
    expect(() => addDays("2026-3-8", 1)).toThrow(RangeError);
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
  });
});

describe("countDaysBetween", () => {
  it("counts calendar days in either direction", () => {
    expect(countDaysBetween("2025-02-27", "2025-03-02")).toBe(3);
    expect(countDaysBetween("2025-03-02", "2025-02-27")).toBe(-3);
    expect(countDaysBetween("2025-03-02", "2025-03-02")).toBe(0);
    expect(countDaysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
});

describe("isCalendarDate: the one leap-year rule", () => {
  it.each<[number, number, number, boolean]>([
    [2024, 2, 29, true], // divisible by 4
    [2025, 2, 29, false],
    [1900, 2, 29, false], // divisible by 100, not by 400
    [2000, 2, 29, true], // divisible by 400
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 13, 1, false],
    [2026, 0, 10, false],
    [2026, 1, 0, false],
    [2026, 1, 1.5, false],
    [50, 2, 29, false], // years 0-99 are themselves, not 1900-1999
    [48, 2, 29, true],
  ])("%i-%i-%i -> %s", (year, month, day, exists) => {
    expect(isCalendarDate(year, month, day)).toBe(exists);
  });
});

describe("day keys", () => {
  it("parse and print back", () => {
    expect(parseDayKey("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(dayKey({ year: 2028, month: 2, day: 29 })).toBe("2028-02-29");
    expect(dayKey({ year: 7, month: 1, day: 2 })).toBe("0007-01-02");
  });
  it.each(["2026-02-29", "2026-1-01", "20260101", "2026-01-01T00:00", ""])("refuses %j", (key) => {
    expect(() => parseDayKey(key)).toThrow(RangeError);
  });
});
