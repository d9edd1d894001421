// The learner's day: it starts at their day-start hour on their own wall clock, in their IANA time zone,
// so "today", daily limits and streaks follow their night, not UTC midnight. DST-safe through Intl only.

import { wallClockOf } from "@/lib/time/wall-clock";

const KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;

function keyOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function parseKey(key: string): { year: number; month: number; day: number } {
  const match = KEY_PATTERN.exec(key);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day key: "${key}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function checkDayStartHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`dayStartHour must be an integer 0-23, got ${hour}`);
  }
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

/** Adds n days to a "YYYY-MM-DD" key. */
export function addDays(key: string, n: number): string {
  const { year, month, day } = parseKey(key);
  // Date.UTC rolls day overflow into the next month and year; UTC has no DST to skip a day.
  const date = new Date(Date.UTC(year, month - 1, day + n));
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "YYYY-MM-DD" of the learner's day that contains `instant` (a review at 02:00 with day start 4 belongs to the previous day). */
export function dayKeyOf(instant: Date, timeZone: string, dayStartHour: number): string {
  checkDayStartHour(dayStartHour);
  const clock = wallClockOf(instant, timeZone);
  const key = keyOf(clock.year, clock.month, clock.day);
  return clock.hour < dayStartHour ? addDays(key, -1) : key;
}

/**
 * First instant whose learner day is `key` or later. Found by bisection on the instant rather than by
 * arithmetic on offsets, so it is exact when the day-start hour falls in a DST gap (the day then begins
 * when the clocks jump) or is repeated (the day begins at its first occurrence).
 */
function startOfDay(key: string, timeZone: string, dayStartHour: number): Date {
  const { year, month, day } = parseKey(key);
  const wall = Date.UTC(year, month - 1, day, dayStartHour);
  // Zone offsets lie within -12h..+14h, so the start lies strictly inside this window.
  let before = wall - 16 * HOUR_MS; // learner day is earlier than key
  let atOrAfter = wall + 16 * HOUR_MS; // learner day is key or later
  while (atOrAfter - before > 1) {
    const mid = Math.floor((before + atOrAfter) / 2);
    if (dayKeyOf(new Date(mid), timeZone, dayStartHour) >= key) atOrAfter = mid;
    else before = mid;
  }
  return new Date(atOrAfter);
}

/** Start (inclusive) and end (exclusive) instants of the learner's day containing `now`, and its key. */
export function dayWindow(now: Date, timeZone: string, dayStartHour: number): { start: Date; end: Date; key: string } {
  const key = dayKeyOf(now, timeZone, dayStartHour);
  return {
    start: startOfDay(key, timeZone, dayStartHour),
    end: startOfDay(addDays(key, 1), timeZone, dayStartHour),
    key,
  };
}
