// Lenient grading of typed answers: forgive case, accents, punctuation, word order in lists and
// small typos, but never a wrong number, date or designation (Tu-154 is not Tu-214). A leaf of lib/:
// lib/content checks its near misses with it and lib/quiz grades with it, so it imports neither.

const SPACE_LIKE = /[\u00A0\u2007\u2009\u202F]/g;
// The article is only dropped when it stands alone, so "An-30" (the aircraft) keeps its "An".
const LEADING_ARTICLE = /^(?:the|an|a)\s+(?=.*[\p{L}\p{N}])/su;
const NUMERIC =
  /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(.*)$/s;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)(?!\p{L})/iu;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const SMALL_NUMBERS = ("zero one two three four five six seven eight nine ten eleven twelve " +
  "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };
const MONTHS = ("january february march april may june july august september october " +
  "november december").split(" ");

type ParsedNumber = { value: number; unit: string };

const hasDigit = (text: string): boolean => /\p{N}/u.test(text);
const foldCase = (text: string): string =>
  text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");

/** normalizeAnswer without dropping the article. */
function simplify(input: string): string {
  const spaced = foldCase(input).replace(/&/g, " and ").replace(/[^\p{L}\p{N}\s]/gu, " ");
  return spaced.replace(/\s+/g, " ").trim();
}

/** Lower-case, no accents, punctuation as spaces, "&" as "and", no leading article. */
export function normalizeAnswer(input: string): string {
  return simplify(foldCase(input).replace(/^[^\p{L}\p{N}&]+/u, "").replace(LEADING_ARTICLE, ""));
}

/** Levenshtein distance over code points, keeping only two rows of the shorter length. */
export function editDistance(a: string, b: string): number {
  let long = Array.from(a);
  let short = Array.from(b);
  if (short.length > long.length) [long, short] = [short, long];
  let prev = Array.from({ length: short.length + 1 }, (_, j) => j);
  let curr = new Array<number>(short.length + 1).fill(0);
  for (let i = 1; i <= long.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= short.length; j++) {
      const cost = long[i - 1] === short[j - 1] ? 0 : 1;
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[short.length] ?? 0;
}

/** Typos forgiven for an answer of this normalized length: 0 up to 4, 1 to 8, 2 to 15, then 3. */
export function typoTolerance(normalizedLength: number): number {
  if (normalizedLength <= 4) return 0;
  if (normalizedLength <= 8) return 1;
  return normalizedLength <= 15 ? 2 : 3;
}

/** Drops spaces except between digits: "tu214on" is "tu 214on", but "1 11" is not "11 1". */
const compact = (normalized: string): string => normalized.replace(/(?<!\p{N}) | (?!\p{N})/gu, "");

/** How much a comparison forgives: "typos" allows small misspellings, "exact" only form (case,
 * accents, punctuation, list order, number and date formats). */
export type Leniency = "typos" | "exact";

/** Compares two normalized strings as whole answers, never as substrings. */
function termsMatch(input: string, expected: string, leniency: Leniency): boolean {
  if (input === "" || expected === "") return false;
  if (input === expected || compact(input) === compact(expected)) return true;
  if (leniency === "exact") return false;
  const inputTokens = input.split(" ");
  const expectedTokens = expected.split(" ");
  // Tokens with digits are designations or quantities: one character off is another thing.
  const designations = (tokens: string[]): string => tokens.filter(hasDigit).join(" ");
  if (designations(inputTokens) !== designations(expectedTokens)) return false;
  const expectedText = expectedTokens.filter((token) => !hasDigit(token)).join(" ");
  const inputText = inputTokens.filter((token) => !hasDigit(token)).join(" ");
  if (!sameInitials(inputText, expectedText)) return false;
  return editDistance(inputText, expectedText) <= typoTolerance(expectedText.length);
}

/**
 * Typos rarely hit the first letter of a word, while a different word often differs just there
 * ("Defensive" for "Offensive" is two edits): so word initials must agree before typos count.
 */
function sameInitials(input: string, expected: string): boolean {
  const initials = (text: string) => text.split(" ").map((word) => word.charAt(0));
  const [a, b] = [initials(input), initials(expected)];
  if (a.length !== b.length) return a[0] === b[0];
  return a.every((letter, i) => letter === b[i]);
}

/** Tries with and without the leading article, so "An 30" still matches "An-30". */
function sameAnswer(input: string, expected: string, leniency: Leniency): boolean {
  if (termsMatch(normalizeAnswer(input), normalizeAnswer(expected), leniency)) return true;
  return termsMatch(simplify(input), simplify(expected), leniency);
}

/** Items of "A and B", "A, B", "A & B"; a comma between digits groups thousands instead. */
function splitList(raw: string): string[] {
  const joined = ` ${raw.replace(/(?<!\d),|,(?!\d)|[;&]/g, " and ")} `;
  return joined.split(/\sand\s/i).filter((item) => normalizeAnswer(item) !== "");
}

function pairUp(given: readonly string[], expected: readonly string[], leniency: Leniency): boolean {
  const [first, ...rest] = given;
  if (first === undefined) return expected.length === 0;
  const others = (i: number): string[] => expected.filter((_, j) => j !== i);
  return expected.some((item, i) => sameAnswer(first, item, leniency) && pairUp(rest, others(i), leniency));
}

function textMatches(input: string, candidate: string, leniency: Leniency): boolean {
  const expected = splitList(candidate);
  if (expected.length < 2) return sameAnswer(input, candidate, leniency);
  // Items are graded one by one, so a long list cannot lend its typo budget to "Kiel" for "Kiev".
  const given = splitList(input);
  return given.length === expected.length && pairUp(given, expected, leniency);
}

function withUnit(value: number, rest: string): ParsedNumber | null {
  if (!Number.isFinite(value) || hasDigit(rest) || ORDINAL_SUFFIX.test(rest)) return null;
  const singular = (word: string): string => (/^.{3,}[^s]s$/.test(word) ? word.slice(0, -1) : word);
  const words = simplify(rest).replace(/\bper cent\b/g, "percent").split(" ");
  const unit = words.map(singular).join(" ");
  // "5 thousand" is not 5 of something called "thousand"; refuse rather than guess.
  return SCALES[unit.split(" ")[0] ?? ""] === undefined ? { value, unit } : null;
}

/** Reads "twenty-one", "a hundred", "one thousand five hundred and fifty", and nothing else. */
function parseNumberWords(tokens: readonly string[]): number | null {
  let total = 0;
  let group = 0;
  let smallestScale = Infinity;
  let last: "none" | "number" | "tens" | "hundred" | "scale" = "none";
  for (const [i, token] of tokens.entries()) {
    // "a hundred" is "one hundred"; a lone "a" is an article.
    const word = i === 0 && token === "a" && SCALES[tokens[1] ?? ""] ? "one" : token;
    const scale = SCALES[word];
    const small = SMALL_NUMBERS.indexOf(word);
    const tensIndex = TENS.indexOf(word);
    const value = small >= 0 ? small : tensIndex >= 0 ? (tensIndex + 2) * 10 : -1;
    const opensGroup = last === "none" || last === "hundred" || last === "scale";
    const isLastToken = i === tokens.length - 1;
    if (word === "and" && (last === "hundred" || last === "scale") && !isLastToken) {
      // "and" only joins parts of one number ("one hundred and fifty").
    } else if (value >= 0 && (opensGroup || (last === "tens" && value > 0 && value < 10))) {
      if (value === 0 && last !== "none") return null;
      group += value;
      last = value >= 20 ? "tens" : "number";
    } else if (scale === 100 && group > 0 && group < 100 && !opensGroup) {
      group *= 100;
      last = "hundred";
    } else if (scale !== undefined && scale > 100 && scale < smallestScale && group > 0) {
      total += group * scale;
      group = 0;
      smallestScale = scale;
      last = "scale";
    } else {
      return null;
    }
  }
  return last === "none" ? null : total + group;
}

function parseNumberWithUnit(input: string): ParsedNumber | null {
  const text = input.replace(SPACE_LIKE, " ").replace(/\u2212/g, "-").replace(/%/g, " percent ");
  const match = NUMERIC.exec(text.trim());
  if (match) {
    const [, sign = "", digits = "", rest = ""] = match;
    return withUnit(Number(sign + digits.replace(/[ ,]/g, "")), rest);
  }
  // Spelled numbers stand alone, so "Two Plus Four Treaty" stays a name and "-two" is not -2.
  const value = /^\s*[+-]/.test(text) ? null : parseNumberWords(simplify(text).split(" "));
  return value === null ? null : { value, unit: "" };
}

/** A number as people type it: "1,550", "1 550", "5,500 km", "75%", "twenty-one"; else null. */
export function parseNumberAnswer(input: string): number | null {
  return parseNumberWithUnit(input)?.value ?? null;
}

function monthFromWord(word: string): number | null {
  if (word === "sept") return 9;
  const index = MONTHS.findIndex((month) => month === word || month.slice(0, 3) === word);
  return index === -1 ? null : index + 1;
}

function toIsoDate(year: number, month: number, day: number): string | null {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthLengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const daysInMonth = monthLengths[month - 1] ?? 0;
  if (year < 1 || !Number.isInteger(day) || day < 1 || day > daysInMonth) return null;
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A date as people type it, as "YYYY-MM-DD"; numeric dates are read day first; else null. */
export function parseDateAnswer(input: string): string | null {
  const text = foldCase(input.replace(SPACE_LIKE, " ")).trim();
  const iso = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const numeric = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    // Day first, as in Europe, unless the second number cannot be a month.
    return second > 12 ? toIsoDate(year, first, second) : toIsoDate(year, second, first);
  }
  const words = text.replace(/[,.\-/]/g, " ").split(/\s+/);
  const kept = words.filter((word) => word !== "" && word !== "the" && word !== "of");
  const [a = "", b = "", year = ""] = kept;
  if (kept.length !== 3 || !/^\d{4}$/.test(year)) return null;
  const [dayFirst, monthSecond] = [DAY.exec(a), monthFromWord(b)];
  if (dayFirst && monthSecond) return toIsoDate(Number(year), monthSecond, Number(dayFirst[1]));
  const [monthFirst, daySecond] = [monthFromWord(a), DAY.exec(b)];
  if (daySecond && monthFirst) return toIsoDate(Number(year), monthFirst, Number(daySecond[1]));
  return null;
}

/** Exact equality after parsing: no tolerance for numbers. */
export function matchesNumber(input: string, answer: number): boolean {
  return parseNumberAnswer(input) === answer;
}

/** Exact equality of the parsed date with the expected ISO date. */
export function matchesDate(input: string, answerIso: string): boolean {
  const given = parseDateAnswer(input);
  return given !== null && given === (parseDateAnswer(answerIso) ?? answerIso);
}

function matchesCandidate(input: string, candidate: string, leniency: Leniency): boolean {
  const date = parseDateAnswer(candidate);
  const givenDate = date === null ? null : parseDateAnswer(input);
  if (givenDate !== null) return givenDate === date;
  const number = parseNumberWithUnit(candidate);
  const given = number === null ? null : parseNumberWithUnit(input);
  if (number && given) {
    const { unit } = number;
    return given.value === number.value && (!given.unit || !unit || termsMatch(given.unit, unit, "typos"));
  }
  return textMatches(input, candidate, leniency);
}

/** The input is the answer or an alternative: whole answers, typos scaled to length (none with
 * "exact"), numbers, dates and designations exact, "and"-lists in any order, blank never right. */
export function matchesText(
  input: string,
  answer: string,
  accept: readonly string[] = [],
  leniency: Leniency = "typos",
): boolean {
  if (input.trim() === "") return false;
  return [answer, ...accept].some((candidate) => matchesCandidate(input, candidate, leniency));
}

/** Distance between two answers as typed, after normalization. */
function answerDistance(a: string, b: string): number {
  return editDistance(normalizeAnswer(a), normalizeAnswer(b));
}

export type TextKey = { answer: string; accept?: readonly string[]; reject?: readonly string[] };

/**
 * Grades a typed or cloze answer against its key. An accepted form, exactly, is right; a typo of one
 * is right unless the input is at least as close to a listed near miss ("Zaharova" for "Zakharova",
 * one letter off), which is how a question teaches a spelling the typo budget would forgive.
 */
export function gradeTextAnswer(input: string, { answer, accept = [], reject = [] }: TextKey): boolean {
  if (!matchesText(input, answer, accept)) return false;
  if (matchesText(input, answer, accept, "exact")) return true;
  const nearest = Math.min(...[answer, ...accept].map((candidate) => answerDistance(input, candidate)));
  return !reject.some(
    (wrong) => matchesText(input, wrong, [], "exact") || (matchesText(input, wrong) && answerDistance(input, wrong) <= nearest),
  );
}
