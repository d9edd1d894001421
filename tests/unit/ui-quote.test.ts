import { describe, expect, it } from "vitest";
import { quotedSentence } from "@/components/ui/quote";

describe("quotedSentence", () => {
  it.each([
    ["New START entered into force in 2011.", "“New START entered into force in 2011.”"],
    ["Who signed the treaty?", "“Who signed the treaty?”"],
    ["Open Skies", "“Open Skies”."],
    ["It ended (in 2019).", "“It ended (in 2019).”"],
    ["  spaced  ", "“spaced”."],
  ])("%j -> %j", (text, expected) => {
    expect(quotedSentence(text)).toBe(expected);
  });
});
