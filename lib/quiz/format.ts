// How dates and sources are written for people, in one place.
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** "2020-11-22" -> "22 November 2020"; "2020-11" -> "November 2020"; "2020" -> "2020". */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (monthName) return `${monthName} ${year}`;
  return year ?? iso;
}

/**
 * A source's sentence as shown inside typographic quotes: marks that wrap the whole sentence go, an
 * opening or closing mark whose partner lies outside the quoted sentence goes, and quotations inside
 * it nest as single quotes, so no mark is doubled.
 */
export function formatQuote(quote: string): string {
  let text = quote.trim();
  const inner = (t: string) => t.slice(1, -1);
  if (/^["“]/.test(text) && /["”]$/.test(text) && !/["“”]/.test(inner(text))) text = inner(text).trim();
  text = text.replace(/"([^"]*)"/g, "‘$1’");
  if (/^“/.test(text) && !text.includes("”")) text = text.slice(1);
  if (/”$/.test(text) && !text.includes("“")) text = text.slice(0, -1);
  return text.replace(/“/g, "‘").replace(/”/g, "’").trim();
}
