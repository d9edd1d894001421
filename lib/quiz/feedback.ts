// What a learner sees after answering: the explanation, and for each fact the question tests,
// the sentence of the source it rests on with a link, and any correction of the seed article.
import type { QuestionBank } from "@/lib/content/bank";
import type { Question } from "@/lib/content/schema";
import { isTeacherQuestionId } from "@/lib/content/teacher";
import { formatIsoDate } from "./format";

export type SourceRef = {
  title: string;
  publisher: string;
  date: string;
  url: string;
  quote: string;
  /** Line number, when the source is the seed article (linked to its line in the app). */
  seedLine?: number;
  /** BCP 47 language of the title and quote when not English, for their lang attribute. */
  lang?: string;
};

export type FactNote = {
  id: string;
  statement: string;
  isOpinion: boolean;
  saidBy?: string;
  asOf?: string;
  seedNote?: string;
  sources: SourceRef[];
};

/** byTeacher: the question was written by the learner's teacher (shown with a mark), not the content. */
export type Explanation = { text: string; facts: FactNote[]; byTeacher: boolean };

export function seedLineUrl(sourceId: string, line: number): string {
  return `/sources/${sourceId}#line-${line}`;
}

export function explainQuestion(q: Question, bank: QuestionBank): Explanation {
  const facts: FactNote[] = [];
  for (const factId of q.facts) {
    const fact = bank.facts.get(factId);
    if (!fact) continue;
    const sources: SourceRef[] = [];
    for (const c of fact.citations) {
      const source = bank.sources.get(c.source);
      if (!source) continue;
      const isSeed = source.kind === "seed" && c.line !== undefined;
      sources.push({
        title: source.title,
        publisher: source.publisher,
        date: formatIsoDate(source.date),
        url: source.kind === "web" ? source.url : seedLineUrl(source.id, c.line ?? 1),
        quote: c.quote,
        ...(isSeed ? { seedLine: c.line } : {}),
        ...(source.kind === "web" && source.lang ? { lang: source.lang } : {}),
      });
    }
    facts.push({
      id: fact.id,
      statement: fact.statement,
      isOpinion: fact.kind === "opinion",
      ...(fact.saidBy ? { saidBy: fact.saidBy } : {}),
      ...(fact.asOf ? { asOf: formatIsoDate(fact.asOf) } : {}),
      ...(fact.seedNote ? { seedNote: fact.seedNote } : {}),
      sources,
    });
  }
  return { text: q.explanation, facts, byTeacher: isTeacherQuestionId(q.id) };
}
