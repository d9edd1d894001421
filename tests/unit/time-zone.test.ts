import { describe, expect, it } from "vitest";
import { instantAt, isValidTimeZone, wallClockOf } from "@/lib/time/zone";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe("isValidTimeZone", () => {
  it.each([
    ["UTC", true],
    ["America/New_York", true],
    ["Asia/Kolkata", true],
    ["Pacific/Auckland", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
    ["   ", false],
    ["New York", false],
  ])("%j -> %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe("wallClockOf", () => {
  it("reads the zone's clock, daylight saving included", () => {
    expect(wallClockOf(new Date("2026-07-01T15:00:00Z"), "Europe/Paris")).toEqual({ year: 2026, month: 7, day: 1, hour: 17, minute: 0, second: 0 });
    expect(wallClockOf(new Date("2026-12-31T23:30:05Z"), "Asia/Kolkata")).toEqual({ year: 2027, month: 1, day: 1, hour: 5, minute: 0, second: 5 });
  });
});

describe("instantAt: the one way from a local time to an instant", () => {
  it.each([
    ["plain", { year: 2026, month: 12, day: 1, hour: 17, minute: 0 }, "Europe/Paris", "2026-12-01T16:00:00.000Z"],
    ["half-hour zone", { year: 2026, month: 6, day: 16, hour: 4, minute: 0 }, "Asia/Kolkata", "2026-06-15T22:30:00.000Z"],
    // New York skips 02:00-02:59 on 8 March 2026: the clocks jump at 07:00 UTC.
    ["in a gap: when the clocks jump", { year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, "America/New_York", "2026-03-08T07:00:00.000Z"],
    ["just after a gap", { year: 2026, month: 3, day: 8, hour: 3, minute: 0 }, "America/New_York", "2026-03-08T07:00:00.000Z"],
    // New York shows 01:00-01:59 twice on 1 November 2026: the first (EDT) counts.
    ["repeated: its first occurrence", { year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, "America/New_York", "2026-11-01T05:30:00.000Z"],
    // Lord Howe Island moves its clocks by 30 minutes (02:00 -> 02:30 on 4 October 2026).
    ["a half-hour gap", { year: 2026, month: 10, day: 4, hour: 2, minute: 15 }, "Australia/Lord_Howe", "2026-10-03T15:30:00.000Z"],
    // Samoa skipped 30 December 2011 entirely, moving from UTC-10 to UTC+14.
    ["a skipped day", { year: 2011, month: 12, day: 30, hour: 12, minute: 0 }, "Pacific/Apia", "2011-12-30T10:00:00.000Z"],
    ["seconds", { year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 30 }, "UTC", "2026-01-01T00:00:30.000Z"],
  ])("%s", (_name, local, zone, iso) => {
    expect(instantAt(local, zone).toISOString()).toBe(iso);
  });

  it("gives back every minute of 2026 it is shown, the first time it is shown", () => {
    for (const zone of ["America/New_York", "Australia/Lord_Howe", "Pacific/Auckland"]) {
      // Every 37 minutes through the year, so every minute of the hour and every DST change comes up.
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * MINUTE) {
        const back = instantAt(wallClockOf(new Date(t), zone), zone).getTime();
        // Equal, or an hour (half an hour on Lord Howe) earlier on the second pass through a repeated time.
        expect([0, 30 * MINUTE, HOUR], `${zone} ${new Date(t).toISOString()}`).toContain(t - back);
        if (back !== t) expect(wallClockOf(new Date(back), zone)).toEqual(wallClockOf(new Date(t), zone));
      }
    }
  });
});
