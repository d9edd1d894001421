// RFC 4180 CSV for progress and gradebook exports, safe to open in a spreadsheet.
export type CsvValue = string | number | boolean | null | Date;
export type CsvRow = Record<string, CsvValue | undefined>;

const CRLF = "\r\n";
// Spreadsheets run a cell starting with these as a formula; an export holding learner-typed text
// (names, answers) must not become a way to run one on the teacher's machine (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A header row of `columns`, then one record per row, each ending with CRLF. A column missing from
 * a row, null and invalid dates are empty fields. Only text is guarded against formulas: a negative
 * number must stay a number.
 */
export function toCsv(rows: readonly CsvRow[], columns: readonly string[]): string {
  const lines = [columns.map((c) => quoteField(guardFormula(c)))];
  for (const row of rows) lines.push(columns.map((c) => formatValue(row[c])));
  return lines.map((fields) => fields.join(",") + CRLF).join("");
}

function formatValue(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  return quoteField(guardFormula(value));
}

function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
