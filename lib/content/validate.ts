// Checks that span items and files: unique ids, references that resolve, citations that quote
// their source, answers that the grader can tell apart from the wrong options, questions that
// cannot be answered from their form alone, current facts that were checked recently, and sources
// whose words are not English that say which language they are in.
import { gradeTextAnswer, matchesDate, matchesNumber, matchesText, normalizeAnswer } from "@/lib/match/match";
import {
  articleBeforeBlank,
  foreignDistractors,
  isChoice,
  KEY_LENGTH_MARGIN,
  keyLengthExcess,
  LONGEST_KEY_SHARE_LIMIT,
  LONGEST_KEY_SHARE_MIN_QUESTIONS,
  longestKeyShare,
  promptGivesAnswer,
} from "./guessability";
import { describeGuess, guessForeignLanguage, langMismatch, readsAsEnglish } from "./language";
import type { Citation, Event, Fact, Question, Source, Topic } from "./schema";

export type Located<T> = { file: string; item: T };

export type ContentProblem = { file: string; id: string; message: string };

export type ContentItems = {
  sources: Located<Source>[];
  topics: Located<Topic>[];
  facts: Located<Fact>[];
  events: Located<Event>[];
  questions: Located<Question>[];
};

/** The seed document's lines, so seed citations can be checked word for word. */
export type SeedTexts = Map<string, string[]>;

export type ValidateOptions = {
  /** Today, YYYY-MM-DD. When given, a fact marked `current` must have been checked (asOf) within
   * CURRENT_FACT_MAX_AGE_MONTHS of it. A parameter, so the check is the same on every day in tests. */
  today?: string;
  /**
   * The editorial checks: a prompt that gives its answer away, keys longer than their distractors
   * (one by one and over the bank), options of two kinds, the languages of quotes and titles. On
   * unless false. They judge how well a question is written, not whether the bank holds together, and
   * are by far the dearest (0.8 of the 1 s a server spent building the bank on its first request), so
   * the app's bank leaves them to content:check, which npm test runs (lib/content/bank).
   */
  editorial?: boolean;
};

/** How old the asOf of a fact marked current may be. */
export const CURRENT_FACT_MAX_AGE_MONTHS = 18;

/** The day `months` calendar months before `isoDate` (the last day of a shorter month if need be). */
export function monthsBefore(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split("-").map(Number);
  const total = year * 12 + (month - 1) - months;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

function findDuplicates<T extends { id: string }>(kind: string, items: Located<T>[], out: ContentProblem[]) {
  const seen = new Map<string, string>();
  for (const { file, item } of items) {
    const first = seen.get(item.id);
    if (first) out.push({ file, id: item.id, message: `duplicate ${kind} id (first defined in ${first})` });
    else seen.set(item.id, file);
  }
}

function findSame(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const v of values) {
    const key = normalizeAnswer(v);
    if (seen.has(key)) return v;
    seen.add(key);
  }
  return undefined;
}

/** Leftovers of copying a page: placeholders such as {open_quotes}, HTML entities, doubled marks. */
function quoteMarkup(quote: string): string | undefined {
  if (/\{(?:open|close)_quotes\}/.test(quote)) return "a {open_quotes}-style placeholder";
  if (/&(?:[a-z]+|#\d+);/i.test(quote)) return "an HTML entity";
  if (/["“”]{2,}|[‘’']{2,}/.test(quote)) return "a doubled quote mark";
  return undefined;
}

/** One problem of one item, with the field it is in (a path into the item: "distractors", "citations.quote"). */
export type ItemProblem = { field: string; message: string };

/** What one citation's quote and source reference get wrong. The seed's lines are checked word for word. */
export function citationProblems(citation: Citation, sources: ReadonlyMap<string, Source>, seeds: SeedTexts): ItemProblem[] {
  const out: ItemProblem[] = [];
  const problem = (field: string, message: string) => out.push({ field, message });
  const markup = quoteMarkup(citation.quote);
  if (markup) problem("quote", `quote has ${markup}: write what the page shows, "${citation.quote}"`);
  const source = sources.get(citation.source);
  if (!source) {
    problem("source", `cites unknown source "${citation.source}"`);
    return out;
  }
  if (source.kind !== "seed") return out;
  if (citation.line === undefined) {
    problem("line", `cites the seed "${source.id}" without a line number`);
    return out;
  }
  const lines = seeds.get(source.file);
  if (!lines) {
    problem("source", `seed file "${source.file}" is missing from content/seed/`);
    return out;
  }
  const line = lines[citation.line - 1];
  if (line === undefined) problem("line", `seed line ${citation.line} is past the end of ${source.file}`);
  else if (!line.includes(citation.quote)) {
    problem("quote", `quote is not on line ${citation.line} of ${source.file}: "${citation.quote}"`);
  }
  return out;
}

function checkCitations(
  { file, item: fact }: Located<Fact>,
  sources: Map<string, Source>,
  seeds: SeedTexts,
  out: ContentProblem[],
) {
  for (const citation of fact.citations) {
    for (const { message } of citationProblems(citation, sources, seeds)) out.push({ file, id: fact.id, message });
  }
}

/** What the bank knows that a question may refer to: its facts and the events an ordering orders. */
export type KnownItems = { facts: ReadonlySet<string> | ReadonlyMap<string, unknown>; events: ReadonlyMap<string, Event> };

/**
 * Every problem of one question on its own (the rules that span the bank, such as how often keys are
 * the longest option, are not here): the same checks content:check runs, callable for one item, so a
 * teacher's question is held to them when it is saved.
 */
export function questionProblems(q: Question, known: KnownItems, { editorial = true }: Pick<ValidateOptions, "editorial"> = {}): ItemProblem[] {
  const out: ItemProblem[] = [];
  const problem = (field: string, message: string) => out.push({ field, message });
  for (const f of q.facts) if (!known.facts.has(f)) problem("facts", `tests unknown fact "${f}"`);

  switch (q.type) {
    case "multiple_choice":
    case "who_said": {
      const same = findSame([q.answer, ...q.distractors]);
      if (same) problem("distractors", `option "${same}" repeats the answer or another distractor`);
      break;
    }
    case "typed":
    case "cloze": {
      const accepted = [q.answer, ...q.accept];
      for (const wrong of q.reject) {
        // A near miss one typo away is what reject is for; the answer itself in another form is a mistake.
        if (matchesText(wrong, q.answer, q.accept, "exact")) {
          problem("reject", `near miss "${wrong}" is the answer in another form (order, case or spelling), so it would be graded right`);
        }
      }
      for (const alt of accepted) {
        if (!gradeTextAnswer(alt, q)) problem(alt === q.answer ? "answer" : "accept", `accepted answer "${alt}" is graded wrong`);
        for (const wrong of q.reject) {
          if (normalizeAnswer(alt) === normalizeAnswer(wrong)) problem("reject", `"${alt}" is both accepted and rejected`);
        }
      }
      const article = articleBeforeBlank(q.type === "cloze" ? q.text : "");
      if (article) problem("text", `the article "${article}" before the blank tells how the answer begins; rephrase around it`);
      break;
    }
    case "number":
      for (const wrong of q.reject) {
        if (matchesNumber(String(wrong), q.answer)) problem("reject", `near miss ${wrong} equals the answer`);
      }
      break;
    case "date":
      for (const wrong of q.reject) if (matchesDate(wrong, q.answer)) problem("reject", `near miss ${wrong} equals the answer`);
      break;
    case "ordering": {
      const dates: string[] = [];
      for (const id of q.events) {
        const event = known.events.get(id);
        if (!event) problem("events", `orders unknown event "${id}"`);
        else dates.push(event.date);
      }
      if (new Set(q.events).size !== q.events.length) problem("events", "lists an event twice");
      if (new Set(dates).size !== dates.length) problem("events", "two events share a date, so the order is ambiguous");
      break;
    }
    case "matching": {
      const left = findSame(q.pairs.map((p) => p.left));
      const right = findSame(q.pairs.map((p) => p.right));
      if (left) problem("pairs", `left item "${left}" appears twice`);
      if (right) problem("pairs", `right item "${right}" appears twice`);
      break;
    }
    case "true_false":
      break;
  }
  if (editorial) out.push(...guessabilityProblems(q));
  return out;
}

function guessabilityProblems(q: Question): ItemProblem[] {
  const out: ItemProblem[] = [];
  const given = promptGivesAnswer(q);
  if (given) out.push({ field: "prompt", message: `the prompt gives the answer away ("${given}")` });
  if (!isChoice(q)) return out;
  const excess = keyLengthExcess(q);
  if (excess > KEY_LENGTH_MARGIN) {
    out.push({
      field: "distractors",
      message: `the key is ${(Math.floor(excess * 1000) / 10).toFixed(1)}% longer than the longest distractor (at most ${KEY_LENGTH_MARGIN * 100}%): write distractors of comparable length`,
    });
  }
  for (const reason of foreignDistractors(q)) out.push({ field: "distractors", message: `${reason}: options must be of one kind` });
  return out;
}

function checkQuestion({ file, item: q }: Located<Question>, known: KnownItems, options: ValidateOptions, out: ContentProblem[]) {
  for (const { message } of questionProblems(q, known, options)) out.push({ file, id: q.id, message });
}

/** Over the whole bank: keys must not be the longest option much more often than chance. */
function checkLongestKeyShare(items: ContentItems, out: ContentProblem[]) {
  const { longest, total, share } = longestKeyShare(items.questions.map(({ item }) => item));
  if (total < LONGEST_KEY_SHARE_MIN_QUESTIONS || share <= LONGEST_KEY_SHARE_LIMIT) return;
  out.push({
    file: "content",
    id: "choice-keys",
    message: `in ${longest} of ${total} choice questions (${Math.round(share * 100)}%) the key is the longest option; at most ${LONGEST_KEY_SHARE_LIMIT * 100}% may be`,
  });
}

function checkFactDates({ file, item: fact }: Located<Fact>, options: ValidateOptions, out: ContentProblem[]) {
  if (!fact.current) return;
  if (!fact.asOf) {
    out.push({ file, id: fact.id, message: "a fact marked current needs asOf, the day it was last checked" });
    return;
  }
  if (!options.today) return;
  const oldest = monthsBefore(options.today, CURRENT_FACT_MAX_AGE_MONTHS);
  if (fact.asOf < oldest) {
    out.push({
      file,
      id: fact.id,
      message: `is marked current but was last checked on ${fact.asOf}, more than ${CURRENT_FACT_MAX_AGE_MONTHS} months before ${options.today}: check it again and move asOf, or state it as of a date`,
    });
  }
}

/**
 * WCAG 3.1.2: a source whose title or quoted sentences are not English says which language they are
 * in (its lang), and the lang fits them. A who-said quote is shown as the question itself, so it is
 * given in English; the original words belong in the fact's citation.
 */
function checkLanguages(items: ContentItems, out: ContentProblem[]) {
  const files = new Map(items.sources.map(({ file, item }) => [item.id, file]));
  const sources = new Map(items.sources.map(({ item }) => [item.id, item]));
  const needsLang = new Set<string>();
  const check = (file: string, id: string, text: string, what: string, sourceId: string) => {
    const source = sources.get(sourceId);
    if (!source || source.kind !== "web") return;
    const guess = guessForeignLanguage(text);
    if (source.lang === undefined) {
      if (!guess || needsLang.has(sourceId)) return;
      needsLang.add(sourceId);
      const whose = id === sourceId ? "it" : `source "${sourceId}"`;
      out.push({ file, id, message: `${what} has ${describeGuess(guess)}, so ${whose} needs lang, the BCP 47 tag of its language (WCAG 3.1.2)` });
      return;
    }
    const mismatch = guess ? langMismatch(guess, source.lang) : undefined;
    if (mismatch) out.push({ file, id, message: `${what} does not fit the lang of source "${sourceId}": ${mismatch}` });
    else if (!guess && readsAsEnglish(text, source.lang)) {
      out.push({ file, id, message: `${what} reads as English, but source "${sourceId}" has lang "${source.lang}": cite the English version as its own source` });
    }
  };
  for (const { item: source } of items.sources) check(files.get(source.id) ?? "", source.id, source.title, "its title", source.id);
  for (const { file, item: fact } of items.facts) {
    for (const c of fact.citations) check(file, fact.id, c.quote, `the quote "${c.quote.slice(0, 40)}…"`, c.source);
  }
  for (const { file, item: q } of items.questions) {
    if (q.type !== "who_said") continue;
    const guess = guessForeignLanguage(q.quote);
    if (guess) out.push({ file, id: q.id, message: `the quote has ${describeGuess(guess)}: give it in English, and cite the original in the fact` });
  }
}

/** Every cross-item problem in the content, in file order. An empty list means the content is sound. */
export function validateContent(items: ContentItems, seeds: SeedTexts, options: ValidateOptions = {}): ContentProblem[] {
  const out: ContentProblem[] = [];
  findDuplicates("source", items.sources, out);
  findDuplicates("topic", items.topics, out);
  findDuplicates("fact", items.facts, out);
  findDuplicates("event", items.events, out);
  findDuplicates("question", items.questions, out);

  const sources = new Map(items.sources.map(({ item }) => [item.id, item]));
  const topics = new Set(items.topics.map(({ item }) => item.id));
  const factIds = new Set(items.facts.map(({ item }) => item.id));
  const events = new Map(items.events.map(({ item }) => [item.id, item]));

  for (const located of items.facts) {
    if (!topics.has(located.item.topic)) {
      out.push({ file: located.file, id: located.item.id, message: `unknown topic "${located.item.topic}"` });
    }
    if (located.item.kind === "opinion" && !located.item.saidBy) {
      out.push({ file: located.file, id: located.item.id, message: "an opinion must say who holds it (saidBy)" });
    }
    checkCitations(located, sources, seeds, out);
    checkFactDates(located, options, out);
    const citesSeed = located.item.citations.some((c) => sources.get(c.source)?.kind === "seed");
    if (located.item.seedNote && !citesSeed) {
      out.push({
        file: located.file,
        id: located.item.id,
        message: "a seedNote must cite the seed lines it corrects, so the seed page can show it beside them",
      });
    }
  }
  for (const { file, item } of items.events) {
    if (!factIds.has(item.fact)) out.push({ file, id: item.id, message: `comes from unknown fact "${item.fact}"` });
  }
  for (const located of items.questions) checkQuestion(located, { facts: factIds, events }, options, out);
  if (options.editorial !== false) {
    checkLongestKeyShare(items, out);
    checkLanguages(items, out);
  }

  const askedFacts = new Map<string, number>();
  for (const { item } of items.questions) {
    for (const f of item.facts) askedFacts.set(f, (askedFacts.get(f) ?? 0) + 1);
  }
  for (const { file, item } of items.facts) {
    const count = askedFacts.get(item.id) ?? 0;
    if (count < 2) {
      out.push({ file, id: item.id, message: `is tested by ${count} question(s); a fact needs at least two forms` });
    }
  }
  for (const { file, item } of items.topics) {
    const used = items.facts.some((f) => f.item.topic === item.id);
    if (!used) out.push({ file, id: item.id, message: "topic has no facts" });
  }
  return out;
}
