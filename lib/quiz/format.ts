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
