// Calendar days as "YYYY-MM-DD" keys: the one check that a date exists (leap years included) and the
// day arithmetic. Keys are already in someone's time zone, so the sums run in UTC, where every day has
// 24 hours and no daylight-saving change can skip or repeat one.
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export type CalendarDate = { year: number; month: number; day: number };

/** Milliseconds of UTC midnight that starts the date; setUTCFullYear, unlike Date.UTC, keeps years 0-99 as they are. */
function utcMidnight({ year, month, day }: CalendarDate): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Whether the date exists: month 1-12 and a day the month has (29 February only in a leap year). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  // The UTC calendar rolls an overflowing day into the next month, so a date that does not
  // come back unchanged is not one.
  const date = new Date(utcMidnight({ year, month, day }));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "YYYY-MM-DD" of a date. */
export function dayKey({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The date of a "YYYY-MM-DD" key; a RangeError for a malformed key or a day that does not exist ("2025-02-30"). */
export function parseDayKey(key: string): CalendarDate {
  const match = DAY_KEY.exec(key);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day key: "${key}"`);
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!isCalendarDate(date.year, date.month, date.day)) throw new RangeError(`No such day: "${key}"`);
  return date;
}

function fromUtcMidnight(ms: number): string {
  const date = new Date(ms);
  return dayKey({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** The day key `n` days after `key` (before it when `n` is negative). */
export function addDays(key: string, n: number): string {
  return fromUtcMidnight(utcMidnight(parseDayKey(key)) + Math.trunc(n) * MS_PER_DAY);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(parseDayKey(to)) - utcMidnight(parseDayKey(from))) / MS_PER_DAY);
}
