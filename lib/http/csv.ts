// A CSV download: the file name made safe, the body from lib/progress's toCsv.
import { NextResponse } from "next/server";
import { toCsv, type CsvRow } from "@/lib/progress/csv";

export function csvResponse(rows: readonly CsvRow[], columns: readonly string[], name: string) {
  const safe = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "export";
  return new NextResponse(toCsv(rows, columns), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${safe}-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
}
