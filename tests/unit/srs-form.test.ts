import { describe, expect, it } from "vitest";
import { STRONG_STABILITY_DAYS, chooseQuestion, isCardQuestion } from "@/lib/srs/form";

type Q = { id: string; type: string };
const mc1: Q = { id: "q-mc1", type: "multiple_choice" };
const mc2: Q = { id: "q-mc2", type: "multiple_choice" };
const tf: Q = { id: "q-tf", type: "true_false" };
const typed: Q = { id: "q-typed", type: "typed" };
const cloze: Q = { id: "q-cloze", type: "cloze" };
const order: Q = { id: "q-order", type: "ordering" };
const match: Q = { id: "q-match", type: "matching" };
const ALL = [mc1, mc2, tf, typed, cloze, order, match];

const SEEDS = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);
const picks = (questions: readonly Q[], card: { state: number; stability: number } | null, last: string | null) =>
  new Set(SEEDS.map((seed) => chooseQuestion(questions, card, last, seed)?.id));

const strong = { state: 2, stability: 30 };

describe("chooseQuestion", () => {
  it("asks a new or learning card in easy forms", () => {
    expect(picks(ALL, null, null)).toEqual(new Set(["q-mc1", "q-mc2", "q-tf"]));
    expect(picks(ALL, { state: 1, stability: 2 }, null)).toEqual(new Set(["q-mc1", "q-mc2", "q-tf"]));
    expect(picks(ALL, { state: 3, stability: 40 }, null)).toEqual(new Set(["q-mc1", "q-mc2", "q-tf"]));
  });

  it("asks a review card in easy forms below the stability threshold and hard forms from it", () => {
    const weak = { state: 2, stability: STRONG_STABILITY_DAYS - 0.1 };
    const justStrong = { state: 2, stability: STRONG_STABILITY_DAYS };
    expect(picks(ALL, weak, null)).toEqual(new Set(["q-mc1", "q-mc2", "q-tf"]));
    expect(picks(ALL, justStrong, null)).toEqual(new Set(["q-typed", "q-cloze"]));
  });

  it("never asks the same question twice in a row when another fits", () => {
    expect(picks([mc1, mc2, typed], null, "q-mc1")).toEqual(new Set(["q-mc2"]));
    expect(picks([typed, cloze, mc1], strong, "q-cloze")).toEqual(new Set(["q-typed"]));
    // The only easy question was just asked: a question of another form beats a repeat.
    expect(picks([mc1, typed], null, "q-mc1")).toEqual(new Set(["q-typed"]));
  });

  it("repeats the last question only when it is the only one", () => {
    expect(picks([mc1, order], null, "q-mc1")).toEqual(new Set(["q-mc1"]));
  });

  it("falls back to any form when the preferred one is missing", () => {
    expect(picks([typed, cloze], null, null)).toEqual(new Set(["q-typed", "q-cloze"]));
    expect(picks([mc1, tf], strong, null)).toEqual(new Set(["q-mc1", "q-tf"]));
  });

  it("never uses ordering or matching, and gives null when nothing else is left", () => {
    expect(chooseQuestion([order, match], null, null, 1)).toBeNull();
    expect(chooseQuestion([], strong, null, 1)).toBeNull();
    // So a caller can leave such facts out of the queue rather than show an empty card.
    expect([order, match].some(isCardQuestion)).toBe(false);
    expect([mc1, typed].every(isCardQuestion)).toBe(true);
  });

  it("is deterministic for a seed, whatever order the questions come in", () => {
    for (const seed of SEEDS) {
      const first = chooseQuestion(ALL, strong, null, seed);
      expect(chooseQuestion([...ALL].reverse(), strong, null, seed)).toBe(first);
    }
  });

  it("keeps the caller's question objects and their extra fields", () => {
    const rich = [{ id: "q-x", type: "typed", prompt: "When?" }];
    expect(chooseQuestion(rich, strong, null, 3)?.prompt).toBe("When?");
  });
});
