// The text matcher is a leaf both lib/content and lib/quiz use, so the two never import each other.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function libImportsOf(folder: string): Set<string> {
  const dir = path.join(process.cwd(), "lib", folder);
  const found = new Set<string>();
  for (const name of fs.readdirSync(dir).filter((f) => /\.tsx?$/.test(f))) {
    const source = fs.readFileSync(path.join(dir, name), "utf8");
    for (const [, target] of source.matchAll(/from "@\/lib\/([a-z-]+)/g)) if (target && target !== folder) found.add(target);
  }
  return found;
}

describe("lib/ folders", () => {
  it("keep lib/match a leaf", () => {
    expect([...libImportsOf("match")]).toEqual([]);
  });

  it("let lib/content use the matcher only, and never lib/quiz", () => {
    expect([...libImportsOf("content")]).toEqual(["match"]);
  });
});
