// Checks that span items and files: unique ids, references that resolve, citations that quote
// their source, and answers that the grader can tell apart from the wrong options.
import { matchesDate, matchesNumber, matchesText, normalizeAnswer } from "@/lib/match/match";
import type { Event, Fact, Question, Source, Topic } from "./schema";

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

function checkCitations(
  { file, item: fact }: Located<Fact>,
  sources: Map<string, Source>,
  seeds: SeedTexts,
  out: ContentProblem[],
) {
  for (const citation of fact.citations) {
    const source = sources.get(citation.source);
    const problem = (message: string) => out.push({ file, id: fact.id, message });
    if (!source) {
      problem(`cites unknown source "${citation.source}"`);
      continue;
    }
    if (source.kind !== "seed") continue;
    if (citation.line === undefined) {
      problem(`cites the seed "${source.id}" without a line number`);
      continue;
    }
    const lines = seeds.get(source.file);
    if (!lines) {
      problem(`seed file "${source.file}" is missing from content/seed/`);
      continue;
    }
    const line = lines[citation.line - 1];
    if (line === undefined) problem(`seed line ${citation.line} is past the end of ${source.file}`);
    else if (!line.includes(citation.quote)) {
      problem(`quote is not on line ${citation.line} of ${source.file}: "${citation.quote}"`);
    }
  }
}

function checkQuestion(
  { file, item: q }: Located<Question>,
  facts: Set<string>,
  events: Map<string, Event>,
  out: ContentProblem[],
) {
  const problem = (message: string) => out.push({ file, id: q.id, message });
  for (const f of q.facts) if (!facts.has(f)) problem(`tests unknown fact "${f}"`);

  switch (q.type) {
    case "multiple_choice":
    case "who_said": {
      const same = findSame([q.answer, ...q.distractors]);
      if (same) problem(`option "${same}" repeats the answer or another distractor`);
      break;
    }
    case "typed":
    case "cloze": {
      const accepted = [q.answer, ...q.accept];
      for (const wrong of q.reject) {
        if (matchesText(wrong, q.answer, q.accept)) problem(`near miss "${wrong}" would be graded right`);
      }
      for (const alt of accepted) {
        if (!matchesText(alt, q.answer, q.accept)) problem(`accepted answer "${alt}" is graded wrong`);
        for (const wrong of q.reject) {
          if (normalizeAnswer(alt) === normalizeAnswer(wrong)) problem(`"${alt}" is both accepted and rejected`);
        }
      }
      break;
    }
    case "number":
      for (const wrong of q.reject) {
        if (matchesNumber(String(wrong), q.answer)) problem(`near miss ${wrong} equals the answer`);
      }
      break;
    case "date":
      for (const wrong of q.reject) if (matchesDate(wrong, q.answer)) problem(`near miss ${wrong} equals the answer`);
      break;
    case "ordering": {
      const dates: string[] = [];
      for (const id of q.events) {
        const event = events.get(id);
        if (!event) problem(`orders unknown event "${id}"`);
        else dates.push(event.date);
      }
      if (new Set(q.events).size !== q.events.length) problem("lists an event twice");
      if (new Set(dates).size !== dates.length) problem("two events share a date, so the order is ambiguous");
      break;
    }
    case "matching": {
      const left = findSame(q.pairs.map((p) => p.left));
      const right = findSame(q.pairs.map((p) => p.right));
      if (left) problem(`left item "${left}" appears twice`);
      if (right) problem(`right item "${right}" appears twice`);
      break;
    }
    case "true_false":
      break;
  }
}

/** Every cross-item problem in the content, in file order. An empty list means the content is sound. */
export function validateContent(items: ContentItems, seeds: SeedTexts): ContentProblem[] {
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
  }
  for (const { file, item } of items.events) {
    if (!factIds.has(item.fact)) out.push({ file, id: item.id, message: `comes from unknown fact "${item.fact}"` });
  }
  for (const located of items.questions) checkQuestion(located, factIds, events, out);

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
