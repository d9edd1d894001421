// Time zones: what a wall clock in an IANA zone shows at an instant, and the instant at which it
// shows a given time. Through Intl only, so daylight saving and past offsets come from the platform's
// tz database; the learner's day and due dates both turn local times into instants here.

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };
/** A local date and time as typed or configured: seconds default to 0. */
export type LocalTime = { year: number; month: number; day: number; hour: number; minute: number; second?: number };

const DAY_MS = 86_400_000;

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

export function isValidTimeZone(tz: string): boolean {
  if (tz.trim() === "") return false;
  try {
    wallClockOf(new Date(0), tz);
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock reading as milliseconds on a UTC axis, so two readings compare as numbers. */
function wallMs(t: LocalTime): number {
  const date = new Date(0);
  date.setUTCFullYear(t.year, t.month - 1, t.day);
  date.setUTCHours(t.hour, t.minute, t.second ?? 0, 0);
  return date.getTime();
}

/** Milliseconds that `timeZone`'s wall clock is ahead of UTC at `instant` (Intl shows whole seconds). */
function offsetAt(instant: number, timeZone: string): number {
  return wallMs(wallClockOf(new Date(instant), timeZone)) - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant at which `timeZone`'s wall clock shows `local` or later. A time the clocks skip (a
 * daylight-saving gap) gives the instant they jump past it; a time they show twice gives its first
 * occurrence. Offsets change at most once within a day of any moment, so the answer is `local` less
 * the offset of a day before or a day after; when neither reads `local`, it lies in the gap between them.
 */
export function instantAt(local: LocalTime, timeZone: string): Date {
  const target = wallMs(local);
  const shows = (instant: number) => wallMs(wallClockOf(new Date(instant), timeZone));
  const candidates = [...new Set([offsetAt(target - DAY_MS, timeZone), offsetAt(target + DAY_MS, timeZone)])]
    .map((offset) => target - offset)
    .sort((a, b) => a - b);
  const exact = candidates.find((instant) => shows(instant) === target);
  if (exact !== undefined) return new Date(exact);
  // In the gap: the earlier candidate shows a time before `local`, the later one a time after it.
  let before = candidates[0] as number;
  let atOrAfter = candidates[candidates.length - 1] as number;
  while (atOrAfter - before > 1) {
    const mid = Math.floor((before + atOrAfter) / 2);
    if (shows(mid) >= target) atOrAfter = mid;
    else before = mid;
  }
  return new Date(atOrAfter);
}
