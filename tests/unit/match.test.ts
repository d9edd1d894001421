import { describe, expect, it } from "vitest";
import {
  editDistance,
  gradeTextAnswer,
  matchesDate,
  matchesNumber,
  matchesText,
  normalizeAnswer,
  parseDateAnswer,
  parseNumberAnswer,
  typoTolerance,
} from "@/lib/match/match";

type TextCase = [input: string, answer: string, accept?: readonly string[]];

describe("normalizeAnswer", () => {
  it.each([
    ["The  Tu-214ON!", "tu 214on"],
    ["Zakharová", "zakharova"],
    ["  the   Duma ", "duma"],
    ["“The Duma”", "duma"],
    ["Canada & Hungary", "canada and hungary"],
    ["An-30", "an 30"],
    ["an observation flight", "observation flight"],
    ["A", "a"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected);
  });
});

describe("editDistance", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["sitting", "kitten", 3],
    ["", "abc", 3],
    ["abc", "", 3],
    ["abc", "abc", 0],
    ["flaw", "lawn", 2],
    ["helsinki", "helsinky", 1],
  ])("%j vs %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe("typoTolerance", () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [15, 2],
    [16, 3],
    [40, 3],
  ])("length %i tolerates %i", (length, tolerance) => {
    expect(typoTolerance(length)).toBe(tolerance);
  });
});

describe("matchesText accepts", () => {
  it.each<TextCase>([
    ["helsinki", "Helsinki"],
    ["Zakharová", "Zakharova"],
    ["Tu 214ON", "Tu-214ON"],
    ["tu214on", "Tu-214ON"],
    ["the Duma", "Duma"],
    ["state duma", "The State Duma"],
    ["Helsinky", "Helsinki"],
    ["Zaharova", "Zakharova"],
    ["Gorbachov", "Gorbachev"],
    ["Treety on Open Skie", "Treaty on Open Skies"],
    ["Treaty on Opn Skies", "Treaty on Open Skies"],
    ["Bosnia and Herzegovena", "Bosnia and Herzegovina"],
    ["Tu-214 and An 30", "An-30 and Tu-214"],
    ["Boing OC-135B", "Boeing OC-135B"],
    ["Kyiv", "Kiev", ["Kyiv"]],
    ["OC-135", "OC-135B", ["OC-135"]],
    ["An 30", "An-30"],
    ["22 November 2020", "2020-11-22"],
    ["Nov 22 2020", "2020-11-22"],
    ["2020-11-22", "2020-11-22"],
    ["22/11/2020", "2020-11-22"],
    ["2020-11-22", "22 November 2020"],
    ["1,550", "1550"],
    ["1 550", "1550"],
    ["1550 warheads", "1550"],
    ["1550", "1,550 warheads"],
    ["1550 warhead", "1,550 warheads"],
    ["5500 km", "5,500 km"],
    ["75 percent", "75%"],
    ["2", "two"],
    ["fourty", "forty"],
    ["Hungary and Canada", "Canada and Hungary"],
    ["Canada, Hungary", "Canada and Hungary"],
    ["hungary & canada", "Canada and Hungary"],
    ["Hungry and Canada", "Canada and Hungary"],
    ["Two-Plus-Four Treaty", "Two Plus Four Treaty"],
  ])("%j for %j", (input, answer, accept) => {
    expect(matchesText(input, answer, accept)).toBe(true);
  });
});

describe("matchesText rejects", () => {
  it.each<TextCase>([
    // A different word that differs at its first letter is not a typo.
    ["Defensive", "Offensive"],
    ["Strategic Defensive Arms", "Strategic Offensive Arms"],
    ["Medvedev", "Nedvedev"],
    ["1992", "2002"],
    ["700", "800"],
    ["Hungary", "Canada and Hungary"],
    ["Canada", "Canada and Hungary"],
    ["Canada and Hungary and Norway", "Canada and Hungary"],
    ["Canada Hungary Norway", "Canada and Hungary"],
    ["Canada and Hungary", "Canada"],
    ["Open Skies", "Treaty on Open Skies"],
    ["Vienna", "Geneva"],
    ["Kiel", "Kiev"],
    ["Kiel and Minsk", "Kiev and Minsk"],
    ["Tu-154", "Tu-214"],
    ["Tu-214", "Tu-214ON"],
    ["OC-135", "OC-135B"],
    ["Duma", "The State Duma"],
    ["30", "An-30"],
    ["1 June 1988", "1988-06-02"],
    ["22 November 2021", "22 November 2020"],
    ["2020", "2020-11-22"],
    ["eighty", "eight"],
    ["15", "1.5"],
    ["10 weeks", "10 days"],
    ["5 thousand", "5"],
    ["2", "Two Plus Four Treaty"],
    ["", "Helsinki"],
    ["   ", "Helsinki"],
    ["!!!", "Helsinki"],
    ["", "", [""]],
  ])("%j for %j", (input, answer, accept) => {
    expect(matchesText(input, answer, accept)).toBe(false);
  });
});

describe("matchesNumber", () => {
  it.each([
    ["1,550", 1550, true],
    ["1 550", 1550, true],
    ["1\u00A0550", 1550, true],
    ["1550 warheads", 1550, true],
    ["one thousand five hundred and fifty", 1550, true],
    ["1992", 2002, false],
    ["700", 800, false],
    ["1.550", 1550, false],
    ["", 0, false],
    ["abc", 0, false],
  ])("%j for %d is %s", (input, answer, expected) => {
    expect(matchesNumber(input, answer)).toBe(expected);
  });
});

describe("matchesDate", () => {
  it.each([
    ["22 November 2020", "2020-11-22", true],
    ["Nov 22 2020", "2020-11-22", true],
    ["22/11/2020", "2020-11-22", true],
    ["1 June 1988", "1988-06-02", false],
    ["31 February 2020", "2020-03-02", false],
    ["", "2020-11-22", false],
  ])("%j for %s is %s", (input, answerIso, expected) => {
    expect(matchesDate(input, answerIso)).toBe(expected);
  });
});

describe("parseNumberAnswer", () => {
  it.each<[string, number | null]>([
    ["1,550", 1550],
    ["1 550", 1550],
    ["1\u202F550", 1550],
    ["1\u2009550", 1550],
    ["1.550", 1.55],
    ["1,234,567.5", 1234567.5],
    ["5,500 km", 5500],
    ["5500km", 5500],
    ["42", 42],
    ["-3", -3],
    ["\u22123", -3],
    ["0.75", 0.75],
    ["75%", 75],
    ["zero", 0],
    ["two", 2],
    ["Twenty", 20],
    ["thirty", 30],
    ["twenty-one", 21],
    ["a hundred", 100],
    ["one thousand", 1000],
    ["nineteen hundred", 1900],
    ["abc", null],
    ["12abc34", null],
    ["1,5", null],
    ["1,55", null],
    ["2020-11-22", null],
    ["Tu-214", null],
    ["3rd", null],
    ["a", null],
    ["two three", null],
    ["one hundred and", null],
    ["", null],
    ["   ", null],
  ])("%j -> %s", (input, expected) => {
    expect(parseNumberAnswer(input)).toBe(expected);
  });
});

describe("parseDateAnswer", () => {
  it.each<[string, string | null]>([
    ["2020-11-22", "2020-11-22"],
    ["22 November 2020", "2020-11-22"],
    ["22 Nov 2020", "2020-11-22"],
    ["22nd November 2020", "2020-11-22"],
    ["November 22, 2020", "2020-11-22"],
    ["Nov 22 2020", "2020-11-22"],
    ["Nov. 22, 2020", "2020-11-22"],
    ["NOVEMBER 22ND, 2020", "2020-11-22"],
    ["the 22nd of November 2020", "2020-11-22"],
    ["22.11.2020", "2020-11-22"],
    ["22/11/2020", "2020-11-22"],
    ["2020/11/22", "2020-11-22"],
    ["05/06/2020", "2020-06-05"],
    ["12/25/2020", "2020-12-25"],
    ["Sept 1 2020", "2020-09-01"],
    ["1 sep 2020", "2020-09-01"],
    ["29 February 2020", "2020-02-29"],
    ["29 February 2019", null],
    ["31 February 2020", null],
    ["31 April 2020", null],
    ["2020-13-01", null],
    ["13/13/2020", null],
    ["22/11/20", null],
    ["22 November", null],
    ["abc", null],
    ["", null],
  ])("%j -> %s", (input, expected) => {
    expect(parseDateAnswer(input)).toBe(expected);
  });
});

describe("matchesText with exact leniency", () => {
  it.each<[string, string, boolean]>([
    ["hungary and canada", "Canada and Hungary", true],
    ["THE DUMA", "Duma", true],
    ["Zakharová", "Zakharova", true],
    ["1 550", "1550", true],
    ["Zaharova", "Zakharova", false],
    ["Helsinky", "Helsinki", false],
  ])("%j against %j: %s", (input, answer, expected) => {
    expect(matchesText(input, answer, [], "exact")).toBe(expected);
  });
});

describe("gradeTextAnswer", () => {
  const zakharova = { answer: "Zakharova", accept: ["Maria Zakharova"], reject: ["Zaharova", "Maria Zaharova", "Zakharov"] };

  it.each<[string, boolean]>([
    ["Zakharova", true],
    ["zakharova", true],
    ["Maria Zakharova", true],
    ["Zakharovva", true],
    ["Zaharova", false],
    ["maria zaharova", false],
    ["Zakharov", false],
    // As close to the near miss as to the answer: the listed misspelling wins the tie.
    ["Zakarova", false],
    ["Lavrova", false],
  ])("%j for Zakharova with near misses listed: %s", (input, expected) => {
    expect(gradeTextAnswer(input, zakharova)).toBe(expected);
  });

  it("forgives the same typo when no near miss is listed, as matchesText does", () => {
    expect(gradeTextAnswer("Zaharova", { answer: "Zakharova" })).toBe(true);
  });

  it("never lets a near miss refuse the answer in another form", () => {
    const key = { answer: "Canada and Hungary", reject: ["Hungary", "Canada"] };
    expect(gradeTextAnswer("hungary & canada", key)).toBe(true);
    expect(gradeTextAnswer("Hungary", key)).toBe(false);
  });

  it("refuses a blank, and what matches no accepted form", () => {
    expect(gradeTextAnswer("  ", zakharova)).toBe(false);
    expect(gradeTextAnswer("Peskov", zakharova)).toBe(false);
  });
});
