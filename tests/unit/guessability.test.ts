import { describe, expect, it } from "vitest";
import { articleBeforeBlank, keyLengthExcess, longestKeyShare, optionKind, promptGivesAnswer } from "@/lib/content/guessability";
import type { Question } from "@/lib/content/schema";

const choice = (answer: string, distractors: string[], prompt = "Which?"): Question => ({
  id: "q",
  type: "multiple_choice",
  facts: ["f"],
  prompt,
  explanation: "Because.",
  answer,
  distractors,
});

describe("optionKind", () => {
  it.each([
    ["1992", "year"],
    ["22 November 2020", "date"],
    ["2020-11-22", "date"],
    ["December 2010", "month"],
    ["November", "month"],
    ["30 cm", "number"],
    ["500 to 5,500 km", "number"],
    ["About 200", "number"],
    ["More than 1,500", "number"],
    ["Maria Zakharova", "name"],
    ["The Federation Council", "name"],
    ["Treaty on Open Skies", "name"],
    ["KA-91C", "name"],
    ["About two-thirds", "text"],
    ["The US allies", "text"],
    ["It called them groundless", "text"],
  ])("%j is %s", (option, kind) => {
    expect(optionKind(option)).toBe(kind);
  });
});

describe("key length", () => {
  it("measures how much longer the key is than the longest distractor", () => {
    expect(keyLengthExcess(choice("Helsinki", ["Vienna", "Geneva"]) as never)).toBeCloseTo(8 / 6 - 1);
    expect(keyLengthExcess(choice("Oslo", ["Vienna", "Geneva"]) as never)).toBeLessThan(0);
  });

  it("counts a key as the longest only when it is strictly longer than every distractor", () => {
    const share = longestKeyShare([choice("Helsinki", ["Vienna"]), choice("Budapest", ["Helsinki"]), choice("Oslo", ["Rome"])]);
    expect(share).toEqual({ longest: 1, total: 3, share: 1 / 3 });
  });
});

describe("articleBeforeBlank", () => {
  it.each([
    ["subject to an ___ review", "an"],
    ["we consider it a ___.", "a"],
    ["A ___ was signed.", "A"],
    ["the ___ Reconnaissance Squadron", undefined],
    ["signed in ___ in 1992", undefined],
  ])("%j -> %s", (text, article) => {
    expect(articleBeforeBlank(text)).toBe(article);
  });
});

describe("promptGivesAnswer", () => {
  it("finds the answer, or a typo of it, among the prompt's words", () => {
    const typed = (prompt: string): Question => ({ id: "q", type: "typed", facts: ["f"], prompt, explanation: "x", answer: "Zakharova", accept: [], reject: [] });
    expect(promptGivesAnswer(typed('The spokeswoman (spelled "Zaharova" in the seed)?'))).toMatch(/Zaharova/);
    expect(promptGivesAnswer(typed("Who was the spokeswoman?"))).toBeUndefined();
  });

  it("finds a number or a date in its own words", () => {
    const number: Question = { id: "q", type: "number", facts: ["f"], prompt: "Was the limit 1,550 warheads?", explanation: "x", answer: 1550, reject: [] };
    const date: Question = { id: "q", type: "date", facts: ["f"], prompt: "Was it on 22 November 2020?", explanation: "x", answer: "2020-11-22", reject: [] };
    expect(promptGivesAnswer(number)).toBeDefined();
    expect(promptGivesAnswer(date)).toBeDefined();
  });

  it("reads a cloze's sentence but not across its blank", () => {
    const cloze = (text: string): Question => ({ id: "q", type: "cloze", facts: ["f"], prompt: "Fill in.", explanation: "x", text, answer: "Helsinki", accept: [], reject: [] });
    expect(promptGivesAnswer(cloze("Signed in ___ (Helsinki) in 1992."))).toMatch(/Helsinki/);
    expect(promptGivesAnswer(cloze("Signed in ___ in 1992."))).toBeUndefined();
  });
});
