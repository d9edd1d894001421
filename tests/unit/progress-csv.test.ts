import { describe, expect, it } from "vitest";
import { csvResponse } from "@/lib/http/csv";
import { toCsv } from "@/lib/progress";

describe("toCsv", () => {
  it("writes a header, then one CRLF-terminated record per row in column order", () => {
    const csv = toCsv(
      [
        { name: "Ada", score: 9, passed: true },
        { name: "Bo", score: 4.5, passed: false, extra: "ignored" },
      ],
      ["name", "score", "passed"],
    );
    expect(csv).toBe("name,score,passed\r\nAda,9,true\r\nBo,4.5,false\r\n");
  });

  it("quotes fields with commas, quotes and line breaks, doubling inner quotes", () => {
    const csv = toCsv([{ a: 'He said "no"', b: "Vienna, Austria", c: "two\nlines", d: "cr\rhere", e: "plain" }], ["a", "b", "c", "d", "e"]);
    expect(csv.split("\r\n")[1]).toBe('"He said ""no""","Vienna, Austria","two\nlines","cr\rhere",plain');
  });

  it("writes dates as ISO strings and null or missing values as empty fields", () => {
    const csv = toCsv([{ at: new Date("2025-03-10T08:30:00Z"), note: null }], ["at", "note", "missing"]);
    expect(csv).toBe("at,note,missing\r\n2025-03-10T08:30:00.000Z,,\r\n");
  });

  it("prefixes text that a spreadsheet would run as a formula, but not numbers", () => {
    const row = { a: "=HYPERLINK(\"http://x\")", b: "+1", c: "-2", d: "@SUM(A1)", e: "\tcmd", f: "\rcmd", g: -3, h: "a=b" };
    const csv = toCsv([row], ["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(csv).toBe(
      "a,b,c,d,e,f,g,h\r\n" + `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),'\tcmd,"'\rcmd",-3,a=b\r\n`,
    );
  });

  it("guards and quotes the header too", () => {
    expect(toCsv([], ["=cmd", "a,b"])).toBe(`'=cmd,"a,b"\r\n`);
  });

  it("writes an empty string for an empty field and an empty text value", () => {
    expect(toCsv([{ a: "", b: 0 }], ["a", "b"])).toBe("a,b\r\n,0\r\n");
  });
});

describe("csvResponse", () => {
  it("starts the file with a UTF-8 byte-order mark, so Excel reads non-ASCII names as UTF-8", async () => {
    const response = csvResponse([{ student: "Zoë Łukasz" }], ["student"], "Gradebook: Année 1");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe("\uFEFFstudent\r\nZoë Łukasz\r\n");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="gradebook-ann-e-1-\d{4}-\d{2}-\d{2}\.csv"$/);
  });
});
