// Probe answers from the content review (section 6e) against the real bank, graded as the server
// grades them: each finding of the review stays fixed.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildBank } from "@/lib/content/bank";
import { gradeAnswer } from "@/lib/quiz/grade";

const bank = buildBank(path.join(process.cwd(), "content"));

function grade(questionId: string, text: string): boolean {
  const question = bank.questions.get(questionId);
  if (!question) throw new Error(`no question ${questionId}`);
  const outcome = gradeAnswer(question, { kind: "text", text }, bank);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.grade.isCorrect;
}

describe("typed and cloze answers the review probed", () => {
  it.each<[string, string, boolean]>([
    // The spelling question refuses the seed's misspelling and its relatives.
    ["wd-zakharova-typed", "Zakharova", true],
    ["wd-zakharova-typed", "Maria Zakharova", true],
    ["wd-zakharova-typed", "Zaharova", false],
    ["wd-zakharova-typed", "Maria Zaharova", false],
    ["wd-zakharova-typed", "Zakharov", false],
    // "___ Reconnaissance Squadron": the ordinal is the natural answer.
    ["osf-oc135b-dtra-cloze", "45th", true],
    ["osf-oc135b-dtra-cloze", "45", true],
    ["osf-oc135b-dtra-cloze", "55th", false],
    // The more exact designation of the Tupolev.
    ["osf-russia-aircraft-typed", "Tu-154M", true],
    ["osf-russia-aircraft-typed", "Tu-154M-LK1", true],
    ["osf-russia-aircraft-typed", "Tu-214ON", false],
    // A city with its country.
    ["os-signed-city-typed", "Helsinki, Finland", true],
    ["os-oscc-city-typed", "Vienna, Austria", true],
    ["osf-tu214on-certified-typed", "Vienna, Austria", true],
    // Moskva in both ABM questions.
    ["abm-one-site-typed", "Moskva", true],
    ["abm-signed-city-typed", "Moskva", true],
    // SALT is the Talks, not a Treaty.
    ["abm-salt-typed", "Strategic Arms Limitation Talks", true],
    ["abm-salt-typed", "Strategic Arms Limitation Treaty", false],
    // Older names of the same states.
    ["os-russia-belarus-typed", "Byelorussia", true],
    ["os-russia-belarus-typed", "Belorussia", true],
    ["os-kyrgyzstan-typed", "Kirghizia", true],
    ["os-kyrgyzstan-typed", "Kyrgyzia", true],
    // A word quoted from Khrushchev is the word, not a synonym.
    ["os-soviet-rejection-cloze", "espionage", true],
    ["os-soviet-rejection-cloze", "spying", false],
    // What the review found right stays right.
    ["os-depositaries-typed", "Hungary and Canada", true],
    ["os-depositaries-typed", "Hungary", false],
    ["inf-9m729-typed", "9M729", true],
    ["inf-9m729-typed", "9M728", false],
  ])("%s: %j is %s", (questionId, text, isCorrect) => {
    expect(grade(questionId, text)).toBe(isCorrect);
  });
});
