// Short labels for the time until a card is next due ("10m", "1d", "3.2mo"), shown on the rating buttons.
// Units switch on the rounded value so a label never reads "60m" or "24h".

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
// Average Gregorian month and year, so "1y" means what a calendar year means on average.
const YEAR_DAYS = 365.25;
const MONTH_DAYS = YEAR_DAYS / 12;

/** One decimal place, without a trailing ".0" ("3.2", "2"). */
function formatTenths(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function formatInterval(from: Date, to: Date): string {
  const ms = Math.max(0, to.getTime() - from.getTime());
  if (ms < MINUTE_MS) return "<1m";
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(ms / HOUR_MS);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(ms / DAY_MS);
  if (days < 30) return `${days}d`;
  const exactDays = ms / DAY_MS;
  const months = Math.round((exactDays / MONTH_DAYS) * 10) / 10;
  if (months < 12) return `${formatTenths(months)}mo`;
  return `${formatTenths(exactDays / YEAR_DAYS)}y`;
}
