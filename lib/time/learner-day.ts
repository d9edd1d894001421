// The learner's day: it starts at their day-start hour on their own wall clock, in their IANA time zone,
// so "today", daily limits, streaks and the heatmap follow their night, not UTC midnight.
import { addDays, dayKey, parseDayKey } from "./calendar";
import { instantAt, wallClockOf } from "./zone";

/** Where and when a learner's days begin (the User columns of the same names). */
export type LearnerDay = { timeZone: string; dayStartHour: number };

function checkDayStartHour(hour: number): void {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`dayStartHour must be an integer 0-23, got ${hour}`);
  }
}

/**
 * "YYYY-MM-DD" of the learner's day that contains `instant` (a review at 02:00 with day start 4 belongs
 * to the previous day). Every per-day figure goes through this one function; whole learner days between
 * two instants are countDaysBetween (./calendar) of their two keys.
 */
export function dayKeyOf(instant: Date, timeZone: string, dayStartHour: number): string {
  checkDayStartHour(dayStartHour);
  const clock = wallClockOf(instant, timeZone);
  const key = dayKey(clock);
  return clock.hour < dayStartHour ? addDays(key, -1) : key;
}

/**
 * First instant of the learner day `key`: its day-start hour on their wall clock. When that hour is
 * skipped by a daylight-saving change the day begins when the clocks jump; when it is repeated, at its
 * first occurrence (instantAt, ./zone).
 */
export function startOfLearnerDay(key: string, timeZone: string, dayStartHour: number): Date {
  checkDayStartHour(dayStartHour);
  return instantAt({ ...parseDayKey(key), hour: dayStartHour, minute: 0 }, timeZone);
}

/** Start (inclusive) and end (exclusive) instants of the learner's day containing `now`, and its key. */
export function dayWindow(now: Date, timeZone: string, dayStartHour: number): { start: Date; end: Date; key: string } {
  const key = dayKeyOf(now, timeZone, dayStartHour);
  return {
    start: startOfLearnerDay(key, timeZone, dayStartHour),
    end: startOfLearnerDay(addDays(key, 1), timeZone, dayStartHour),
    key,
  };
}
