// The text of a seed document, line by line, for the page that shows it with line anchors.
import fs from "node:fs";
import path from "node:path";

export function readSeedLines(file: string): string[] {
  const safe = path.basename(file);
  return fs.readFileSync(path.join(process.cwd(), "content", "seed", safe), "utf8").split(/\r?\n/);
}
