// What a wall clock in an IANA time zone shows at an instant, through Intl only (DST-safe). Shared
// by the learner's day (lib/srs/day.ts) and assignment due dates (lib/classroom/due.ts).

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

// Building an Intl.DateTimeFormat is slow next to using one; the cache only memoises, results do not
// depend on it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Fixed Gregorian calendar, Latin digits and a 0-23 hour cycle, so the parts parse the same on every host.
    formatter = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute"), second: part("second") };
}
