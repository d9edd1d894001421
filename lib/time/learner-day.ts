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

/**
 * The learner's wall clock at `instant` less their day-start hour, read as a UTC instant: its UTC
 * calendar date is dayKeyOf(instant), so a count of UTC dates on this axis counts learner days. FSRS
 * (ts-fsrs) counts elapsed days as UTC dates; the scheduler hands it times on this axis instead.
 */
export function learnerDayAxis(instant: Date, day: LearnerDay): Date {
  checkDayStartHour(day.dayStartHour);
  const clock = wallClockOf(instant, day.timeZone);
  const axis = new Date(0);
  axis.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  // Intl shows whole seconds: the milliseconds come from the instant, so order within a second is kept.
  axis.setUTCHours(clock.hour - day.dayStartHour, clock.minute, clock.second, ((instant.getTime() % 1000) + 1000) % 1000);
  return axis;
}
