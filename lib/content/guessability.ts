// Rules that keep a question from being answered without knowing its fact: the key must not stand
// out by its length, its kind or its article, and the prompt must not contain it. Pure; the
// validator turns what these return into problems.
import { matchesText, parseDateAnswer } from "@/lib/match/match";
import type { Question } from "./schema";

/** A key may be at most this much longer (in characters) than the longest of its distractors. */
export const KEY_LENGTH_MARGIN = 0.3;
/** Over the bank, at most this share of choice questions may have a key longer than every distractor. */
export const LONGEST_KEY_SHARE_LIMIT = 0.3;
/** The share is only judged on a bank with at least this many choice questions: on fewer it is noise. */
export const LONGEST_KEY_SHARE_MIN_QUESTIONS = 20;

type Choice = Extract<Question, { type: "multiple_choice" | "who_said" }>;

export function isChoice(q: Question): q is Choice {
  return q.type === "multiple_choice" || q.type === "who_said";
}

const length = (option: string): number => Array.from(option.trim()).length;

/** The key is longer than every distractor: the cue a learner can follow without the fact. */
export function isKeyLongest(q: Choice): boolean {
  return q.distractors.every((d) => length(q.answer) > length(d));
}

/** How much longer the key is than the longest distractor, as a fraction (0.5 is 50% longer). */
export function keyLengthExcess(q: Choice): number {
  const longest = Math.max(...q.distractors.map(length));
  return longest === 0 ? Infinity : length(q.answer) / longest - 1;
}

export type LongestKeyShare = { longest: number; total: number; share: number };

export function longestKeyShare(questions: readonly Question[]): LongestKeyShare {
  const choices = questions.filter(isChoice);
  const longest = choices.filter(isKeyLongest).length;
  return { longest, total: choices.length, share: choices.length === 0 ? 0 : longest / choices.length };
}

/**
 * What an option is, read from its form: a year ("1992"), a full date, a month ("December 2010"),
 * a number or quantity ("30 cm", "About 200"), a name (every word capitalised: "Maria Zakharova",
 * "The Federation Council", "KA-91C") or other text.
 */
export type OptionKind = "year" | "date" | "month" | "number" | "name" | "text";

const NUMERIC_KINDS: ReadonlySet<OptionKind> = new Set(["year", "date", "month", "number"]);
const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\s+\d{4})?$/i;
const QUANTIFIER = /^(?:(?:about|around|roughly|nearly|almost|over|under|some|more than|less than|fewer than|at least|at most|up to)\s+)+/i;
// Words that stay lower-case inside a name ("Treaty on Open Skies", "Charles de Gaulle").
const NAME_PARTICLES = new Set(["of", "the", "and", "on", "for", "in", "de", "du", "da", "di", "von", "van", "der", "la", "le", "al", "y"]);

export function optionKind(option: string): OptionKind {
  const text = option.trim();
  if (/^\d{4}$/.test(text)) return "year";
  if (parseDateAnswer(text) !== null) return "date";
  if (MONTH.test(text)) return "month";
  if (/^\d/.test(text.replace(QUANTIFIER, ""))) return "number";
  const words = text.split(/\s+/);
  const isName = words.every((word, i) => /^["“(]?[\p{Lu}\p{N}]/u.test(word) || (i > 0 && NAME_PARTICLES.has(word)));
  return isName ? "name" : "text";
}

/** A who-said question wants a person or body: names only. */
export function asksForName(q: Choice): boolean {
  return q.type === "who_said";
}

/**
 * A question whose prompt asks "who" may be answered by a name ("Maria Zakharova") or a role ("the
 * depositaries"); either way every option must be of the key's kind, or the odd one out is the key.
 */
export function asksWho(q: Choice): boolean {
  return /^(?:who|whom|whose)\b/i.test(q.prompt.trim());
}

const KIND_LABELS: Record<OptionKind, string> = {
  year: "a year",
  date: "a date",
  month: "a month",
  number: "a number",
  name: "a name",
  text: "text",
};

/** Distractors of another kind than the key, each with the reason, e.g. a year among dates. */
export function foreignDistractors(q: Choice): string[] {
  const key = optionKind(q.answer);
  const wantsName = asksForName(q);
  const out: string[] = [];
  if (wantsName && key !== "name") out.push(`the key "${q.answer}" is not a name, but the question asks who`);
  for (const d of q.distractors) {
    const kind = optionKind(d);
    if (wantsName && kind !== "name") out.push(`distractor "${d}" is not a name, but the question asks who`);
    else if (!wantsName && asksWho(q) && (kind === "name") !== (key === "name")) {
      out.push(`distractor "${d}" is ${KIND_LABELS[kind]}, but the key is ${KIND_LABELS[key]}: a who question's options are all names or all roles`);
    } else if (NUMERIC_KINDS.has(key) && kind !== key) {
      out.push(`distractor "${d}" is ${KIND_LABELS[kind]}, but the key is ${KIND_LABELS[key]}`);
    } else if (!NUMERIC_KINDS.has(key) && NUMERIC_KINDS.has(kind)) {
      out.push(`distractor "${d}" is ${KIND_LABELS[kind]}, but the key is not`);
    }
  }
  return out;
}

/** "an ___" or "a ___": the article tells whether the answer starts with a vowel sound. */
export function articleBeforeBlank(text: string): string | undefined {
  return /\b(an?)\s+_{3}/i.exec(text)?.[1];
}

/** Runs of consecutive words of `text`, each as long as `size` words. */
function windows(text: string, size: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(" "));
  return out;
}

/**
 * The words of the prompt (and of a cloze's sentence or a who-said quote) that the grader would
 * take for the answer: then the question hands its answer over. Typos count, so "Zaharova" in a
 * prompt gives away "Zakharova".
 */
export function promptGivesAnswer(q: Question): string | undefined {
  const keys: string[] = [];
  const texts: string[] = [q.prompt];
  switch (q.type) {
    case "typed":
      keys.push(q.answer, ...q.accept);
      break;
    case "cloze":
      keys.push(q.answer, ...q.accept);
      texts.push(q.text.replace("___", " | "));
      break;
    case "multiple_choice":
      keys.push(q.answer);
      break;
    case "who_said":
      keys.push(q.answer);
      texts.push(q.quote);
      break;
    case "number":
      keys.push(String(q.answer));
      break;
    case "date":
      keys.push(q.answer);
      break;
    case "true_false":
    case "ordering":
    case "matching":
      return undefined;
  }
  for (const key of keys) {
    // Typed words and normalized words can differ in number ("A&M" is "a and m"), so look a little wider.
    const size = key.trim().split(/\s+/).length;
    const sizes = [size - 1, size, size + 1, size + 2].filter((n) => n > 0);
    for (const text of texts) {
      for (const span of sizes.flatMap((n) => windows(text, n))) {
        if (span.includes("|")) continue;
        if (matchesText(span.replace(/[?.,;:!]+$/, ""), key)) return span;
      }
    }
  }
  return undefined;
}
