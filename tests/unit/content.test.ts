import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/content/bank";
import { loadContent } from "@/lib/content/load";
import { seedCorrections } from "@/lib/content/seed-corrections";
import { monthsBefore, type ValidateOptions } from "@/lib/content/validate";
import { baseContent, writeContent, type ContentTree } from "./helpers/content-fixture";

function problemsAfter(change: (tree: ContentTree) => void, options: ValidateOptions = {}) {
  const tree = baseContent();
  change(tree);
  return loadContent(writeContent(tree), options).problems;
}

/** Choice questions like the fixture's; by default each key is longer than its distractors (by 12%, within the margin). */
function longestKeyQuestions(count: number, distractors = (_i: number) => ["Helsinki", "Budapest"]) {
  return Array.from({ length: count }, (_, i) => ({
    id: `q-share-${i}`,
    type: "multiple_choice",
    facts: ["f-signed"],
    prompt: "Where was it signed?",
    explanation: "Helsinki.",
    answer: "Stockholm",
    distractors: distractors(i),
  }));
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

  it("passes its dated rules on the day of the content review", () => {
    expect(loadContent(path.join(process.cwd(), "content"), { today: "2026-12-02" }).problems).toEqual([]);
  });

  it("shows every seed correction beside the seed lines it corrects, the review's lines among them", () => {
    const bank = buildBank(path.join(process.cwd(), "content"));
    const byLine = seedCorrections(bank, "seed");
    const shown = new Set([...byLine.values()].flat().map((c) => c.factId));
    const noted = [...bank.facts.values()].filter((f) => f.seedNote).map((f) => f.id);
    expect(noted.filter((id) => !shown.has(id))).toEqual([]);
    // Allies (3), May 22 this year (15), October (23), New START "expired" (28), Zaharova and Tass (6),
    // Participating States (44), the unverifiable "same day" (9), garbled lines (30, 35).
    for (const line of [3, 6, 9, 15, 23, 28, 30, 35, 44]) expect(byLine.get(line), `line ${line}`).toBeDefined();
  });

  it("counts the seed's misspelling of Zakharova as the seed has it", () => {
    const seed = fs.readFileSync(path.join(process.cwd(), "content", "seed", "000_78b23d25a9633929.txt"), "utf8");
    const count = seed.match(/Zaharova/g)?.length ?? 0;
    const note = items.facts.find((f) => f.item.id === "wd-zakharova-spokeswoman")?.item.seedNote ?? "";
    expect(note).toContain(`"Zaharova" (${count} times`);
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
    ["a near miss that is the answer reordered", (t) => (t["os.yaml"].questions[2]!.reject = ["hungary and canada"]), /answer in another form/],
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
    [
      "a key far longer than its distractors",
      (t) => (t["os.yaml"].questions[0]!.answer = "Helsinki, the Finnish capital"),
      /key is .*% longer than the longest distractor/,
    ],
    ["an article before the blank", (t) => (t["os.yaml"].questions[3]!.text = "Signed in an ___ in 1992."), /article "an" before the blank/],
    ["a prompt that holds its answer", (t) => (t["os.yaml"].questions[2]!.prompt = "Canada and Hungary: which two states?"), /gives the answer away/],
    ["a prompt that holds its answer with a typo", (t) => (t["os.yaml"].questions[3]!.prompt = "Fill in Helsinky."), /gives the answer away \("Helsinky/],
    ["a number prompt that holds its answer", (t) => (t["os.yaml"].questions[4]!.prompt = "Was it 1,550 warheads?"), /gives the answer away/],
    ["a year key among place distractors", (t) => Object.assign(t["os.yaml"].questions[0]!, { answer: "1992", distractors: ["1990", "Vienna"] }), /distractor "Vienna" is a name, but the key is a year/],
    ["a place key among year distractors", (t) => (t["os.yaml"].questions[0]!.distractors = ["1990", "Vienna"]), /distractor "1990" is a year, but the key is not/],
    ["a date key among year distractors", (t) => Object.assign(t["os.yaml"].questions[0]!, { answer: "24 March 1992", distractors: ["1990", "1 January 2002"] }), /distractor "1990" is a year, but the key is a date/],
    ["a who-said option that is no name", (t) => (t["os.yaml"].questions[8]!.distractors = ["Maria Zakharova", "a Russian diplomat"]), /"a Russian diplomat" is not a name/],
    ["a who question with a role among names", (t) => Object.assign(t["os.yaml"].questions[0]!, { prompt: "Who signed it?", answer: "Mike Pompeo", distractors: ["the depositaries", "Maria Zakharova"] }), /"the depositaries" is text, but the key is a name/],
    ["a fact marked current without asOf", (t) => Object.assign(t["os.yaml"].facts[2]!, { current: true }), /needs asOf/],
    ["a seedNote on a fact that cites no seed line", (t) => Object.assign(t["os.yaml"].facts[1]!, { seedNote: "The seed says 2003." }), /seedNote must cite the seed lines/],
    ["a quote with a placeholder", (t) => (t["os.yaml"].facts[1]!.citations[0]!.quote = "In {open_quotes}force{close_quotes} in 2002."), /placeholder/],
    ["a quote with a doubled quote mark", (t) => (t["os.yaml"].facts[1]!.citations[0]!.quote = "\"\"In force in 2002."), /doubled quote mark/],
  ])("reports %s, naming the file and the item", (_name, change, message) => {
    const problems = problemsAfter(change);
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems.find((p) => message.test(p.message));
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.file).toMatch(/os\.yaml$/);
    expect(problem?.id).not.toBe("-");
  });

  it("reports a bank whose keys are too often the longest option, and not one where they are not", () => {
    const tooMany = problemsAfter((t) => t["os.yaml"].questions.push(...longestKeyQuestions(20)));
    expect(tooMany).toContainEqual(expect.objectContaining({ id: "choice-keys", message: expect.stringMatching(/in 20 of 22 choice questions \(91%\) the key is the longest/) }));
    const mixed = longestKeyQuestions(20, (i) => (i < 14 ? ["Helsinki", "Copenhagen"] : ["Helsinki", "Budapest"]));
    expect(problemsAfter((t) => t["os.yaml"].questions.push(...mixed))).toEqual([]);
  });

  it("leaves the share alone on a bank too small to judge", () => {
    expect(problemsAfter((t) => t["os.yaml"].questions.push(...longestKeyQuestions(10)))).toEqual([]);
  });

  it("reports a current fact checked more than 18 months before the day it is told, and not before", () => {
    const stale = (t: ContentTree) => Object.assign(t["os.yaml"].facts[2]!, { current: true, asOf: "2025-06-01" });
    const today = "2026-12-02";
    expect(problemsAfter(stale, { today })).toContainEqual(
      expect.objectContaining({ id: "f-exit", message: expect.stringMatching(/marked current but was last checked on 2025-06-01, more than 18 months before 2026-12-02/) }),
    );
    expect(problemsAfter(stale, { today: "2026-12-01" })).toEqual([]);
    // Without a day there is nothing to judge against: the app's own load never fails on age.
    expect(problemsAfter(stale)).toEqual([]);
  });

  it.each([
    ["2026-12-02", 18, "2025-06-02"],
    ["2026-08-31", 18, "2025-02-28"],
    ["2024-08-31", 6, "2024-02-29"],
    ["2026-01-15", 1, "2025-12-15"],
  ])("counts %s minus %i months as %s", (day, months, expected) => {
    expect(monthsBefore(day, months)).toBe(expected);
  });

  it("reports YAML that does not parse, with its file", () => {
    const problems = problemsAfter((t) => Object.assign(t, { "broken.yaml": "facts: [unclosed" }));
    expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/broken\.yaml$/), message: expect.stringMatching(/not valid YAML/) }));
  });

  it("builds the app's bank without the editorial checks, which content:check keeps", () => {
    const tree = baseContent();
    tree["os.yaml"].questions[2]!.prompt = "Canada and Hungary: which two states?";
    const dir = writeContent(tree);
    expect(loadContent(dir).problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/gives the answer away/) }));
    expect(loadContent(dir, { editorial: false }).problems).toEqual([]);
    expect(buildBank(dir).questions.get(tree["os.yaml"].questions[2]!.id)?.prompt).toBe("Canada and Hungary: which two states?");
  });

  it("refuses to build a bank from bad content", () => {
    const tree = baseContent();
    tree["os.yaml"].facts[0]!.citations = [];
    expect(() => buildBank(writeContent(tree))).toThrow(/os\.yaml: f-signed/);
  });
});

describe("the language of quotes (WCAG 3.1.2)", () => {
  const GERMAN = "Das ist ein herber Rückschlag für die globale Rüstungskontrollarchitektur.";
  const RUSSIAN = "Полет будет выполняться с аэродрома открытого неба «Кубинка».";
  const DUTCH = "De drie Baltische republieken zijn gisteren toegelaten bij de besprekingen van het verdrag.";
  /** The fixture with one more web source in `lang` (or none) and f-eif quoting `quote` from it. */
  const quoting = (quote: string, lang?: string, title = "A report") => (t: ContentTree) => {
    t["sources.yaml"].sources.push({ id: "press", kind: "web", title, publisher: "Press", date: "2021-01-15", url: "https://example.org/x", ...(lang ? { lang } : {}) } as never);
    t["os.yaml"].facts[1]!.citations.push({ source: "press", quote });
  };

  it("accepts non-English quotes whose source names their language", () => {
    expect(problemsAfter(quoting(GERMAN, "de"))).toEqual([]);
    expect(problemsAfter(quoting(RUSSIAN, "ru", "Миссия Канады"))).toEqual([]);
    expect(problemsAfter(quoting(DUTCH, "nl"))).toEqual([]);
  });

  it.each<[string, (t: ContentTree) => void, RegExp]>([
    ["a German quote from a source without lang", quoting(GERMAN), /has de words \(.*\), so source "press" needs lang/],
    ["a Cyrillic quote from a source without lang", quoting(RUSSIAN), /has Cyrillic script, so source "press" needs lang/],
    ["a Cyrillic quote from a source in German", quoting(RUSSIAN, "de"), /Cyrillic script, but lang "de" is not a Cyrillic-script language/],
    ["a Dutch quote from a source in German", quoting(DUTCH, "de"), /look nl, but lang is "de"/],
    ["an English quote from a source in Russian", quoting("The flight will be made from the Kubinka airfield.", "ru", "Миссия Канады"), /reads as English, but source "press" has lang "ru"/],
    ["a who-said quote not in English", (t) => (t["os.yaml"].questions[8]!.quote = GERMAN), /give it in English/],
  ])("reports %s", (_name, change, message) => {
    const problems = problemsAfter(change);
    const problem = problems.find((p) => message.test(p.message));
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.file).toMatch(/os\.yaml$/);
  });

  it.each<[string, (t: ContentTree) => void, RegExp]>([
    ["a title not in English from a source without lang", quoting("In force in 2002.", undefined, "Auswärtiges Amt zur Ankündigung Russlands, aus dem Vertrag über den Offenen Himmel auszutreten"), /its title has de words .*, so it needs lang/],
    ["a lang that is no language tag", quoting(GERMAN, "German"), /"German" is not a BCP 47 language tag|write the language tag/],
    ["a lang not written canonically", quoting(GERMAN, "DE"), /write the language tag "DE" as "de"/],
    ["a lang of English", quoting(GERMAN, "en-GB"), /English is the app's language/],
  ])("reports %s on the source", (_name, change, message) => {
    const problems = problemsAfter(change);
    const problem = problems.find((p) => message.test(p.message));
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem?.file).toMatch(/sources\.yaml$/);
  });
});
