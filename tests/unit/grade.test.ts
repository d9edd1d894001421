import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/content/bank";
import { pickQuestions } from "@/lib/quiz/build";
import { gradeAnswer, type AnswerResponse } from "@/lib/quiz/grade";
import { hintFor } from "@/lib/quiz/hint";
import { presentQuestion } from "@/lib/quiz/present";
import { seededRandom } from "@/lib/quiz/random";
import { baseContent, writeContent } from "./helpers/content-fixture";

const bank = buildBank(writeContent(baseContent()));
const question = (id: string) => {
  const q = bank.questions.get(id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const grade = (id: string, response: AnswerResponse) => gradeAnswer(question(id), response, bank);

describe("gradeAnswer", () => {
  it.each<[string, AnswerResponse, boolean]>([
    ["q-mc", { kind: "choice", choice: "Helsinki" }, true],
    ["q-mc", { kind: "choice", choice: "Vienna" }, false],
    ["q-tf", { kind: "boolean", value: false }, true],
    ["q-tf", { kind: "boolean", value: true }, false],
    ["q-typed", { kind: "text", text: "hungary and canada" }, true],
    ["q-typed", { kind: "text", text: "Hungary" }, false],
    ["q-cloze", { kind: "text", text: "helsinky" }, true],
    ["q-number", { kind: "text", text: "1,550" }, true],
    ["q-number", { kind: "text", text: "1500" }, false],
    ["q-date", { kind: "text", text: "Nov 22 2020" }, true],
    ["q-date", { kind: "text", text: "22 May 2020" }, false],
    ["q-order", { kind: "order", order: ["e-signed", "e-eif", "e-exit"] }, true],
    ["q-order", { kind: "order", order: ["e-eif", "e-signed", "e-exit"] }, false],
    ["q-who", { kind: "choice", choice: "Mike Pompeo" }, true],
  ])("%s graded %j -> %s", (id, response, isCorrect) => {
    const outcome = grade(id, response);
    expect(outcome.ok && outcome.grade.isCorrect).toBe(isCorrect);
  });

  it("writes the right answer out for people", () => {
    const outcome = grade("q-date", { kind: "text", text: "1 May 2020" });
    expect(outcome.ok && outcome.grade.expected).toBe("22 November 2020");
    const order = grade("q-order", { kind: "order", order: ["e-eif", "e-signed", "e-exit"] });
    expect(order.ok && order.grade.detail).toBe("1 of 3 in the right place");
  });

  it("grades matching pair by pair", () => {
    const outcome = grade("q-match", {
      kind: "pairs",
      pairs: [
        { left: "Signed", right: "1992" },
        { left: "In force", right: "2020" },
        { left: "US exit", right: "2002" },
      ],
    });
    expect(outcome.ok && outcome.grade).toMatchObject({ isCorrect: false, detail: "1 of 3 pairs right" });
    expect(outcome.ok && outcome.grade.parts).toEqual([
      { label: "Signed", given: "1992", expected: "1992", isCorrect: true },
      { label: "In force", given: "2020", expected: "2002", isCorrect: false },
      { label: "US exit", given: "2002", expected: "2020", isCorrect: false },
    ]);
  });

  it("marks each place of an ordering right or wrong", () => {
    const outcome = grade("q-order", { kind: "order", order: ["e-eif", "e-signed", "e-exit"] });
    expect(outcome.ok && outcome.grade.parts?.map((p) => [p.label, p.isCorrect])).toEqual([
      ["1", false],
      ["2", false],
      ["3", true],
    ]);
  });

  it("says the right spelling of a typed answer accepted with a typo, and nothing when it was spelt right", () => {
    const typo = grade("q-cloze", { kind: "text", text: "helsinky" });
    expect(typo.ok && typo.grade).toMatchObject({ isCorrect: true, detail: "Accepted: the spelling is Helsinki." });
    const exact = grade("q-cloze", { kind: "text", text: "helsinki" });
    expect(exact.ok && exact.grade.detail).toBeUndefined();
  });

  it.each<[string, AnswerResponse, RegExp]>([
    ["q-mc", { kind: "text", text: "Helsinki" }, /takes a choice answer/],
    ["q-mc", { kind: "choice", choice: "Paris" }, /not one of the options/],
    ["q-typed", { kind: "text", text: "   " }, /Type an answer/],
    ["q-order", { kind: "order", order: ["e-signed", "e-signed", "e-exit"] }, /each once/],
    ["q-order", { kind: "order", order: ["e-signed", "e-eif"] }, /each once/],
    ["q-match", { kind: "pairs", pairs: [{ left: "Signed", right: "1992" }] }, /every item/],
    ["q-match", { kind: "pairs", pairs: [{ left: "Signed", right: "1992" }, { left: "In force", right: "2002" }, { left: "US exit", right: "1999" }] }, /not one of the options/],
  ])("refuses %s answered with %j", (id, response, message) => {
    const outcome = grade(id, response);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(message);
  });
});

describe("gradeAnswer with a question's near misses", () => {
  const tree = baseContent();
  tree["os.yaml"].questions.push({
    id: "q-spelling",
    type: "typed",
    facts: ["f-eif"],
    prompt: "Spell her surname.",
    explanation: "Zakharova.",
    answer: "Zakharova",
    accept: [] as string[],
    reject: ["Zaharova"],
  });
  const spellingBank = buildBank(writeContent(tree));

  it.each<[string, boolean]>([
    ["Zakharova", true],
    ["zakharova", true],
    ["Zaharova", false],
  ])("grades %j as %s: the reject list holds when grading, not only when checking content", (text, isCorrect) => {
    const outcome = gradeAnswer(spellingBank.questions.get("q-spelling")!, { kind: "text", text }, spellingBank);
    expect(outcome.ok && outcome.grade.isCorrect).toBe(isCorrect);
  });
});

describe("presentQuestion", () => {
  it("never sends the answer, and keeps one order per attempt", () => {
    const shown = presentQuestion(question("q-mc"), bank, "attempt-1");
    expect(JSON.stringify(shown)).not.toMatch(/"answer"/);
    expect(presentQuestion(question("q-mc"), bank, "attempt-1")).toEqual(shown);
  });

  it("starts an ordering question out of order", () => {
    for (const attempt of ["a", "b", "c", "d", "e"]) {
      const shown = presentQuestion(question("q-order"), bank, attempt);
      expect(shown.type === "ordering" && shown.items.map((i) => i.id)).not.toEqual(["e-signed", "e-eif", "e-exit"]);
    }
  });
});

describe("pickQuestions", () => {
  it("picks distinct questions, spread over facts first", () => {
    const picked = pickQuestions(bank, "os", 3, seededRandom(7));
    expect(new Set(picked).size).toBe(3);
    // Three questions out of nine are enough to touch all three facts of the topic.
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const facts = new Set(pickQuestions(bank, "os", 3, seededRandom(seed)).flatMap((id) => question(id).facts));
      expect(facts.size).toBe(3);
    }
  });

  it("fills up from the rest when facts run out, never beyond the pool", () => {
    expect(pickQuestions(bank, "os", 50, seededRandom(1))).toHaveLength(9);
    expect(pickQuestions(bank, null, 5, seededRandom(2))).toHaveLength(5);
  });
});

describe("hintFor", () => {
  it.each([
    ["q-mc", "It is not “Vienna”."],
    ["q-typed", "It starts with “C” and has 3 words."],
    ["q-number", "It has 4 digit(s) before any decimal point."],
    ["q-date", "It was in the 2020s."],
    ["q-order", "The earliest is “Signed”."],
    ["q-tf", null],
  ])("%s: %s", (id, hint) => {
    expect(hintFor(question(id), bank)).toBe(hint);
  });
});
