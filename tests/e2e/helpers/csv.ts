// A small RFC 4180 reader for checking the app's CSV downloads, each of which starts with a UTF-8
// byte-order mark (lib/http/csv.ts) so that Excel shows non-ASCII names.
export function parseCsv(download: string): Record<string, string>[] {
  if (!download.startsWith("\uFEFF")) throw new Error("the CSV download does not start with a UTF-8 byte-order mark");
  const text = download.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field.replace(/\r$/, ""));
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      endField();
    } else if (!quoted && c === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}
