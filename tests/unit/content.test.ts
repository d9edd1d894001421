import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/content/bank";
import { loadContent } from "@/lib/content/load";
import { baseContent, writeContent, type ContentTree } from "./helpers/content-fixture";

function problemsAfter(change: (tree: ContentTree) => void) {
  const tree = baseContent();
  change(tree);
  return loadContent(writeContent(tree)).problems;
}

describe("the real content/", () => {
  const { items, problems } = loadContent(path.join(process.cwd(), "content"));

  it("has no problems", () => {
    expect(problems).toEqual([]);
  });

  it("meets the coverage floor: 80 facts, 200 questions, 7 types", () => {
    expect(items.facts.length).toBeGreaterThanOrEqual(80);
    expect(items.questions.length).toBeGreaterThanOrEqual(200);
    expect(new Set(items.questions.map((q) => q.item.type)).size).toBeGreaterThanOrEqual(7);
  });

  it("corrects the seed where it is wrong, visibly", () => {
    const notes = items.facts.filter((f) => f.item.seedNote).map((f) => f.item.seedNote ?? "");
    expect(notes.length).toBeGreaterThanOrEqual(4);
    expect(notes.join(" ")).toMatch(/Zaharova/);
  });
});

describe("content validation", () => {
  it("accepts the fixture as it is", () => {
    expect(problemsAfter(() => {})).toEqual([]);
    const bank = buildBank(writeContent(baseContent()));
    expect(bank.topics[0]?.questionCount).toBe(9);
  });

  it.each<[string, (t: ContentTree) => void, RegExp]>([
    ["a duplicate question id", (t) => t["os.yaml"].questions.push({ ...t["os.yaml"].questions[0]! }), /duplicate question id/],
    ["a fact with no source", (t) => (t["os.yaml"].facts[0]!.citations = []), /at least one source/],
    ["a citation of an unknown source", (t) => (t["os.yaml"].facts[1]!.citations[0]!.source = "nowhere"), /unknown source "nowhere"/],
    ["a seed quote not on its line", (t) => (t["os.yaml"].facts[0]!.citations[1]!.line = 1), /quote is not on line 1/],
    ["a seed citation without a line", (t) => delete t["os.yaml"].facts[0]!.citations[1]!.line, /without a line number/],
    ["a distractor equal to the answer", (t) => (t["os.yaml"].questions[0]!.distractors = ["helsinki!", "Vienna"]), /repeats the answer/],
    ["two equal distractors", (t) => (t["os.yaml"].questions[0]!.distractors = ["Vienna", "VIENNA"]), /repeats the answer or another/],
    ["a near miss that grades right", (t) => (t["os.yaml"].questions[2]!.reject = ["hungary and canada"]), /would be graded right/],
    ["an answer also listed as a near miss", (t) => (t["os.yaml"].questions[2]!.accept = ["Hungary"]), /both accepted and rejected/],
    ["a question on an unknown fact", (t) => (t["os.yaml"].questions[1]!.facts = ["f-nope"]), /unknown fact "f-nope"/],
    ["an ordering of an unknown event", (t) => (t["os.yaml"].questions[6]!.events = ["e-exit", "e-signed", "e-nope"]), /unknown event "e-nope"/],
    ["an ordering of two events on one date", (t) => (t["os.yaml"].events[2]!.date = "1992-03-24"), /share a date/],
    ["an undated event", (t) => delete (t["os.yaml"].events[0] as { date?: string }).date, /expected string|Invalid input/],
    [
      "a fact asked only once",
      (t) => [4, 5, 8].forEach((i) => (t["os.yaml"].questions[i]!.facts = ["f-signed"])),
      /tested by 1 question/,
    ],
    ["an unknown field", (t) => ((t["os.yaml"].facts[0] as Record<string, unknown>).colour = "red"), /Unrecognized key/],
    ["a cloze without a blank", (t) => (t["os.yaml"].questions[3]!.text = "No blank here."), /exactly one ___/],
    ["an impossible date", (t) => (t["os.yaml"].questions[5]!.answer = "2021-02-30"), /not a real calendar date/],
  ])("reports %s, naming the file and the item", (_name, change, message) => {
    const problems = problemsAfter(change);
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems.find((p) => message.test(p.message));
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.file).toMatch(/os\.yaml$/);
    expect(problem?.id).not.toBe("-");
  });

  it("reports YAML that does not parse, with its file", () => {
    const problems = problemsAfter((t) => Object.assign(t, { "broken.yaml": "facts: [unclosed" }));
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/broken\.yaml$/), message: expect.stringMatching(/not valid YAML/) }));
  });

  it("refuses to build a bank from bad content", () => {
    const tree = baseContent();
    tree["os.yaml"].facts[0]!.citations = [];
    expect(() => buildBank(writeContent(tree))).toThrow(/os\.yaml: f-signed/);
  });
});
