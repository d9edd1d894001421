// Due dates: a teacher types a wall-clock date and time in their own time zone; it is stored as
// an instant and shown to each student in theirs.
import { wallClockOf } from "@/lib/time/wall-clock";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Milliseconds that `timeZone`'s wall clock is ahead of UTC at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClockOf(new Date(instant), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-01T17:00" in `timeZone` -> the instant; null for a malformed or impossible value. */
export function zonedToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Two passes settle the offset even when the first guess lands across a DST change.
  const first = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(first, timeZone));
}

/** How a due date reads for someone in `timeZone`, e.g. "1 Dec 2026, 17:00 (Europe/Paris)". */
export function formatDue(instant: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(instant);
  return `${text} (${timeZone})`;
}
