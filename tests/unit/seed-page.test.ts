import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/content/bank";
import { markQuotes, seedCorrections } from "@/lib/content/seed-corrections";
import { formatQuote } from "@/lib/quiz/format";
import { baseContent, writeContent } from "./helpers/content-fixture";

describe("seedCorrections", () => {
  it("puts each seedNote beside the seed lines its fact cites, once per fact and line", () => {
    const tree = baseContent();
    const signed = tree["os.yaml"].facts[0]!;
    Object.assign(signed, { seedNote: "The seed omits the place." });
    signed.citations.push({ source: "seed", line: 2, quote: "entered into force in 2002" });
    const corrections = seedCorrections(buildBank(writeContent(tree)), "seed");
    expect([...corrections.keys()]).toEqual([2]);
    expect(corrections.get(2)).toEqual([
      { factId: "f-signed", note: "The seed omits the place.", quotes: ["signed in 1992", "entered into force in 2002"] },
    ]);
  });

  it("shows nothing for facts without a note", () => {
    expect(seedCorrections(buildBank(writeContent(baseContent())), "seed").size).toBe(0);
  });
});

describe("markQuotes", () => {
  it("marks the quoted words of a line, merging overlaps", () => {
    expect(markQuotes("ab Tass cd Zaharova ef", ["Tass", "Zaharova", "Zah"])).toEqual([
      { text: "ab ", isCorrected: false },
      { text: "Tass", isCorrected: true },
      { text: " cd ", isCorrected: false },
      { text: "Zaharova", isCorrected: true },
      { text: " ef", isCorrected: false },
    ]);
  });

  it("marks a quote every time it occurs on the line", () => {
    expect(markQuotes("Open Sky and Open Sky", ["Open Sky"]).filter((p) => p.isCorrected)).toHaveLength(2);
  });

  it("leaves a line whole when nothing is quoted on it", () => {
    expect(markQuotes("plain", ["absent"])).toEqual([{ text: "plain", isCorrected: false }]);
  });
});

describe("formatQuote", () => {
  it.each([
    ['"Six months having elapsed, the withdrawal took effect."', "Six months having elapsed, the withdrawal took effect."],
    ["“This is a serious blow,” the message says.", "‘This is a serious blow,’ the message says."],
    ['"The situation was untenable," Zakharova said.', "‘The situation was untenable,’ Zakharova said."],
    ["Pompeo noted the U.S. might “reconsider its decision” if Russia complied.", "Pompeo noted the U.S. might ‘reconsider its decision’ if Russia complied."],
    ["“Our participation in this treaty was conditioned by the readiness of the United States.", "Our participation in this treaty was conditioned by the readiness of the United States."],
    ["Plain text.", "Plain text."],
  ])("%j is shown as %j", (quote, shown) => {
    expect(formatQuote(quote)).toBe(shown);
  });
});
