// Where the content corrects the seed article, line by line: every fact with a seedNote names the
// seed lines it corrects by citing them, so the seed page can show each correction beside its line.
import type { QuestionBank } from "./bank";

export type SeedCorrection = {
  factId: string;
  /** What the content says instead, the fact's seedNote. */
  note: string;
  /** The words of the line the note is about, as cited (they are on the line: the validator checks). */
  quotes: string[];
};

/** Corrections by seed line number (1-based), in the bank's fact order. */
export function seedCorrections(bank: QuestionBank, sourceId: string): Map<number, SeedCorrection[]> {
  const byLine = new Map<number, SeedCorrection[]>();
  for (const fact of bank.facts.values()) {
    if (!fact.seedNote) continue;
    for (const citation of fact.citations) {
      if (citation.source !== sourceId || citation.line === undefined) continue;
      const corrections = byLine.get(citation.line) ?? [];
      const existing = corrections.find((c) => c.factId === fact.id);
      if (existing) existing.quotes.push(citation.quote);
      else corrections.push({ factId: fact.id, note: fact.seedNote, quotes: [citation.quote] });
      byLine.set(citation.line, corrections);
    }
  }
  return byLine;
}

export type LinePart = { text: string; isCorrected: boolean };

/** Splits a line into runs, marking every place a correction quotes (overlapping quotes merge). */
export function markQuotes(line: string, quotes: readonly string[]): LinePart[] {
  const covered = new Array<boolean>(line.length).fill(false);
  for (const quote of quotes) {
    if (!quote) continue;
    for (let start = line.indexOf(quote); start >= 0; start = line.indexOf(quote, start + quote.length)) {
      for (let i = start; i < start + quote.length; i++) covered[i] = true;
    }
  }
  const parts: LinePart[] = [];
  for (let i = 0; i < line.length; i++) {
    const last = parts[parts.length - 1];
    const isCorrected = covered[i] ?? false;
    if (last && last.isCorrected === isCorrected) last.text += line[i];
    else parts.push({ text: line[i] ?? "", isCorrected });
  }
  return parts;
}
