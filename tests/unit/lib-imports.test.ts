// lib/ folders form layers: no ring of folders importing one another. Within them, the text matcher is a
// leaf both lib/content and lib/quiz use, so the two never import each other.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.join(process.cwd(), "lib");

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The other lib/ folders that files in lib/<folder> (at any depth) import, by alias or relative path. */
function libImportsOf(folder: string): Set<string> {
  const found = new Set<string>();
  for (const file of sourcesUnder(path.join(LIB, folder))) {
    const source = fs.readFileSync(file, "utf8");
    for (const [, spec] of source.matchAll(/(?:from|import\()\s*"([^"]+)"/g)) {
      const target = spec!.startsWith("@/lib/")
        ? spec!.slice("@/lib/".length).split("/")[0]
        : spec!.startsWith(".")
          ? path.relative(LIB, path.resolve(path.dirname(file), spec!)).split(path.sep)[0]
          : undefined;
      if (target && target !== folder && target !== ".." && isFolder(target)) found.add(target);
    }
  }
  return found;
}

function isFolder(name: string): boolean {
  return fs.existsSync(path.join(LIB, name)) && fs.statSync(path.join(LIB, name)).isDirectory();
}

// The layers README.md draws ("How it is built"): a folder imports only folders of earlier layers.
const LAYERS = [["time", "db", "jobs", "match", "mail"], ["content"], ["quiz"], ["srs"], ["progress"], ["auth"], ["classroom", "http"], ["authoring", "offline"], ["game"], ["sign-in"]];

describe("lib/ folders", () => {
  it("are each in one layer of README's drawing, and import only folders of earlier layers, so no two folders import each other in a ring", () => {
    const layerOf = new Map(LAYERS.flatMap((layer, i) => layer.map((f) => [f, i] as const)));
    const folders = fs.readdirSync(LIB).filter((f) => f !== "generated" && isFolder(f));
    expect(folders.filter((f) => !layerOf.has(f))).toEqual([]);
    const backwards = folders.flatMap((f) =>
      [...libImportsOf(f)].filter((t) => t !== "generated" && (layerOf.get(t) ?? Infinity) >= layerOf.get(f)!).map((t) => `${f} -> ${t}`),
    );
    expect(backwards).toEqual([]);
  });

  it("keep signing in above lib/auth, lib/srs and lib/game, which never import it", () => {
    for (const folder of ["auth", "srs", "game", "http"]) expect([...libImportsOf(folder)]).not.toContain("sign-in");
  });

  it("keep lib/match a leaf", () => {
    expect([...libImportsOf("match")]).toEqual([]);
  });

  it("let lib/content use the matcher only, and never lib/quiz", () => {
    expect([...libImportsOf("content")]).toEqual(["match"]);
  });
});
