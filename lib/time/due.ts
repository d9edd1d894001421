// Due dates: a teacher types a wall-clock date and time in their own time zone; it is stored as
// an instant and shown to each student in theirs.
import { isCalendarDate } from "./calendar";
import { instantAt, wallClockOf } from "./zone";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "2026-12-01T17:00" in `timeZone` -> the instant; null for a malformed or impossible value. A time the
 * clocks skip that night (02:30 when they jump from 02:00 to 03:00) is due when they jump; a time they
 * show twice is due at its first occurrence.
 */
export function zonedToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59) return null;
  return instantAt({ year, month, day, hour, minute }, timeZone);
}

/** How a due date reads for someone in `timeZone`, e.g. "1 Dec 2026, 17:00 (Europe/Paris)". */
export function formatDue(instant: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(instant);
  return `${text} (${timeZone})`;
}

/** An instant as a datetime-local field's value ("YYYY-MM-DDTHH:mm") on the wall clock of `timeZone`. */
export function instantToZonedLocal(instant: Date, timeZone: string): string {
  const w = wallClockOf(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(w.year).padStart(4, "0")}-${two(w.month)}-${two(w.day)}T${two(w.hour)}:${two(w.minute)}`;
}
