import { describe, expect, it } from "vitest";
import { formatDue, zonedToInstant } from "@/lib/time/due";

describe("due dates across time zones", () => {
  it.each([
    ["2026-12-01T17:00", "Europe/Paris", "2026-12-01T16:00:00.000Z"],
    ["2026-07-01T17:00", "Europe/Paris", "2026-07-01T15:00:00.000Z"],
    ["2026-12-01T09:30", "Asia/Kolkata", "2026-12-01T04:00:00.000Z"],
    ["2026-03-08T12:00", "America/New_York", "2026-03-08T16:00:00.000Z"],
    ["2026-12-01T00:00", "UTC", "2026-12-01T00:00:00.000Z"],
    ["2028-02-29T08:00", "UTC", "2028-02-29T08:00:00.000Z"],
    // Paris jumps from 02:00 to 03:00 on 29 March 2026: a time in the gap is due when the clocks jump.
    ["2026-03-29T02:30", "Europe/Paris", "2026-03-29T01:00:00.000Z"],
    ["2026-03-29T03:00", "Europe/Paris", "2026-03-29T01:00:00.000Z"],
    // Paris shows 02:00-02:59 twice on 25 October 2026: the first (summer time) counts.
    ["2026-10-25T02:30", "Europe/Paris", "2026-10-25T00:30:00.000Z"],
  ])("%s in %s is %s", (local, tz, iso) => {
    expect(zonedToInstant(local, tz)?.toISOString()).toBe(iso);
  });
  it.each(["2026-02-30T10:00", "2026-02-29T10:00", "2026-12-01 10:00", "tomorrow", "2026-12-01T24:00", "2026-12-01T10:60"])("refuses %s", (local) => {
    expect(zonedToInstant(local, "UTC")).toBeNull();
  });
  it("shows the same instant in each student's zone", () => {
    const instant = new Date("2026-12-01T16:00:00Z");
    expect(formatDue(instant, "Europe/Paris")).toMatch(/17:00 \(Europe\/Paris\)/);
    expect(formatDue(instant, "America/New_York")).toMatch(/11:00 \(America\/New_York\)/);
  });
});
