// The style sheets are plain CSS without nesting: a rule inside another rule (outside an at-rule) is
// almost always a lost closing brace, which CSS nesting would silently accept, restyling everything after it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIR = path.join(process.cwd(), "app", "styles");

/** Each rule opened inside a rule that is not an at-rule, as "line: selector", and whether braces balance. */
function nestingProblems(css: string): { nested: string[]; balanced: boolean } {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  const stack: string[] = [];
  const nested: string[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    if (ch === "{") {
      const selector = text.slice(start, i).split(/[;}]/).pop()?.trim() ?? "";
      const parent = stack.at(-1);
      if (parent !== undefined && !parent.startsWith("@")) nested.push(`${line}: ${selector} (inside ${parent})`);
      stack.push(selector);
      start = i + 1;
    } else if (ch === "}") {
      if (stack.pop() === undefined) return { nested, balanced: false };
      start = i + 1;
    } else if (ch === ";") start = i + 1;
  }
  return { nested, balanced: stack.length === 0 };
}

describe("app/styles", () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith(".css"))) {
    it(`${file} closes every rule before the next one opens`, () => {
      expect(nestingProblems(fs.readFileSync(path.join(DIR, file), "utf8"))).toEqual({ nested: [], balanced: true });
    });
  }

  it("finds a lost closing brace", () => {
    expect(nestingProblems(".a {\n  color: red;\n\n.b {\n  color: blue;\n}\n").nested).toEqual(["4: .b (inside .a)"]);
    expect(nestingProblems("@media (min-width: 40rem) {\n  .a { color: red; }\n}\n")).toEqual({ nested: [], balanced: true });
  });
});
