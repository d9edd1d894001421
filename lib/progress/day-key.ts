// Calendar arithmetic on "YYYY-MM-DD" day keys. The keys are already in the learner's time zone, so
// the sums run in UTC where every day has 24 hours and no daylight-saving jump can skip or repeat one.
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parseDayKey(key: string): number {
  const match = DAY_KEY.exec(key);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD day key: "${key}"`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls "2025-02-30" over to March; a key that does not round-trip is not a real day.
  if (new Date(ms).toISOString().slice(0, 10) !== key) throw new RangeError(`No such day: "${key}"`);
  return ms;
}

/** The day key `n` days after `key` (before it when `n` is negative). */
export function addDays(key: string, n: number): string {
  return new Date(parseDayKey(key) + Math.trunc(n) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function countDaysBetween(from: string, to: string): number {
  return Math.round((parseDayKey(to) - parseDayKey(from)) / MS_PER_DAY);
}
