// The one way the app serves a CSV file: the body from lib/progress's toCsv after a UTF-8
// byte-order mark (without it Excel reads the file as the local code page and garbles names
// like "Zoë" or "Łukasz"; other spreadsheets and CSV readers skip it), and a safe file name.
import { NextResponse } from "next/server";
import { toCsv, type CsvRow } from "@/lib/progress/csv";

export const UTF8_BOM = "\uFEFF";

export function csvResponse(rows: readonly CsvRow[], columns: readonly string[], name: string) {
  const safe = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "export";
  return new NextResponse(UTF8_BOM + toCsv(rows, columns), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${safe}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
