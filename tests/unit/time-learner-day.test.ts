import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/time/calendar";
import { dayKeyOf, dayWindow } from "@/lib/time/learner-day";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const hoursOf = (window: { start: Date; end: Date }) => (window.end.getTime() - window.start.getTime()) / HOUR;

describe("dayKeyOf", () => {
  it.each([
    // UTC, midnight and 04:00 day starts.
    ["2026-03-10T00:00:00Z", "UTC", 0, "2026-03-10"],
    ["2026-03-09T23:59:59.999Z", "UTC", 0, "2026-03-09"],
    ["2026-03-10T03:59:59Z", "UTC", 4, "2026-03-09"],
    ["2026-03-10T04:00:00Z", "UTC", 4, "2026-03-10"],
    // New York, 03:59 vs 04:00 local (EDT, -4) with day start 4.
    ["2026-03-10T07:59:00Z", "America/New_York", 4, "2026-03-09"],
    ["2026-03-10T08:00:00Z", "America/New_York", 4, "2026-03-10"],
    // A review at 02:00 local with day start 4 belongs to the previous day.
    ["2026-01-15T07:00:00Z", "America/New_York", 4, "2026-01-14"],
    // Kolkata (+05:30): 03:59:59 vs 04:00 local.
    ["2026-06-15T22:29:59Z", "Asia/Kolkata", 4, "2026-06-15"],
    ["2026-06-15T22:30:00Z", "Asia/Kolkata", 4, "2026-06-16"],
    // Auckland in southern summer (+13): already the next calendar day.
    ["2026-01-15T11:00:00Z", "Pacific/Auckland", 0, "2026-01-16"],
    ["2026-01-15T10:59:59Z", "Pacific/Auckland", 0, "2026-01-15"],
    ["2026-01-15T14:59:59Z", "Pacific/Auckland", 4, "2026-01-15"],
    ["2026-01-15T15:00:00Z", "Pacific/Auckland", 4, "2026-01-16"],
  ])("%s in %s, day start %i -> %s", (iso, zone, start, key) => {
    expect(dayKeyOf(at(iso), zone, start)).toBe(key);
  });

  it("rejects a day-start hour outside 0-23", () => {
    expect(() => dayKeyOf(at("2026-03-10T00:00:00Z"), "UTC", 24)).toThrow(RangeError);
    expect(() => dayKeyOf(at("2026-03-10T00:00:00Z"), "UTC", 3.5)).toThrow(RangeError);
  });
});

describe("dayWindow", () => {
  it.each([
    // [now, zone, day start, key, start, end, hours]
    ["2026-03-10T12:00:00Z", "UTC", 0, "2026-03-10", "2026-03-10T00:00:00Z", "2026-03-11T00:00:00Z", 24],
    ["2026-03-10T02:00:00Z", "UTC", 4, "2026-03-09", "2026-03-09T04:00:00Z", "2026-03-10T04:00:00Z", 24],
    // New York spring forward (2026-03-08 02:00 EST -> 03:00 EDT): a 23-hour day.
    ["2026-03-08T12:00:00Z", "America/New_York", 0, "2026-03-08", "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z", 23],
    ["2026-03-08T05:00:00Z", "America/New_York", 4, "2026-03-07", "2026-03-07T09:00:00Z", "2026-03-08T08:00:00Z", 23],
    // Day start inside the skipped hour: that day begins when the clocks jump to 03:00 EDT.
    ["2026-03-08T12:00:00Z", "America/New_York", 2, "2026-03-08", "2026-03-08T07:00:00Z", "2026-03-09T06:00:00Z", 23],
    // New York fall back (2026-11-01 02:00 EDT -> 01:00 EST): a 25-hour day.
    ["2026-11-01T12:00:00Z", "America/New_York", 0, "2026-11-01", "2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z", 25],
    ["2026-11-01T06:30:00Z", "America/New_York", 4, "2026-10-31", "2026-10-31T08:00:00Z", "2026-11-01T09:00:00Z", 25],
    // Day start on the repeated hour: the day begins at its first 01:00 (EDT).
    ["2026-11-01T12:00:00Z", "America/New_York", 1, "2026-11-01", "2026-11-01T05:00:00Z", "2026-11-02T06:00:00Z", 25],
    ["2026-06-16T12:00:00Z", "Asia/Kolkata", 4, "2026-06-16", "2026-06-15T22:30:00Z", "2026-06-16T22:30:00Z", 24],
    ["2026-01-15T12:00:00Z", "Pacific/Auckland", 0, "2026-01-16", "2026-01-15T11:00:00Z", "2026-01-16T11:00:00Z", 24],
    // Auckland: DST ends 2026-04-05 03:00 NZDT -> 02:00 NZST (25 h), starts 2026-09-27 02:00 -> 03:00 (23 h).
    ["2026-04-05T00:00:00Z", "Pacific/Auckland", 0, "2026-04-05", "2026-04-04T11:00:00Z", "2026-04-05T12:00:00Z", 25],
    ["2026-09-26T12:00:00Z", "Pacific/Auckland", 4, "2026-09-26", "2026-09-25T16:00:00Z", "2026-09-26T15:00:00Z", 23],
  ])("%s in %s, day start %i is %s [%s, %s), %i hours", (now, zone, dayStart, key, start, end, hours) => {
    const window = dayWindow(at(now), zone, dayStart);
    expect(window).toEqual({ key, start: at(start), end: at(end) });
    expect(hoursOf(window)).toBe(hours);
  });

  it("always contains now, and its edges belong to the right days", () => {
    const zones = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "Australia/Lord_Howe"];
    for (const zone of zones) {
      for (const dayStart of [0, 4]) {
        // Every 19 hours through 2026 (so every hour of the day comes up), crossing every DST change.
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 19 * HOUR) {
          const now = new Date(t);
          const { start, end, key } = dayWindow(now, zone, dayStart);
          expect(start.getTime()).toBeLessThanOrEqual(t);
          expect(end.getTime()).toBeGreaterThan(t);
          expect(dayKeyOf(start, zone, dayStart)).toBe(key);
          expect(dayKeyOf(new Date(end.getTime() - 1), zone, dayStart)).toBe(key);
          expect(dayKeyOf(end, zone, dayStart)).toBe(addDays(key, 1));
          expect([23, 23.5, 24, 24.5, 25]).toContain(hoursOf({ start, end }));
        }
      }
    }
  });
});
