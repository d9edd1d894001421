// The explanation of an answer: why, the fact(s) behind it, the sentence of each source with a
// link (marked up in the source's language when it is not English), and a visible correction
// where the seed article says something else.
import { TeacherMark } from "./teacher-mark";
import type { Explanation, SourceRef } from "@/lib/quiz/feedback";
import { formatQuote } from "@/lib/quiz/format";

function SourceCard({ source }: { source: SourceRef }) {
  const isWeb = source.url.startsWith("http");
  return (
    <div className="source">
      <blockquote cite={isWeb ? source.url : undefined} lang={source.lang}>
        “{formatQuote(source.quote)}”
      </blockquote>
      <p className="muted small">
        <a href={source.url} lang={source.lang} {...(isWeb ? { rel: "noopener noreferrer" } : {})}>
          {source.seedLine ? `The seed article, line ${source.seedLine}` : source.title}
        </a>
        {source.seedLine ? "" : ` · ${source.publisher} · ${source.date}`}
      </p>
    </div>
  );
}

function MoreSources({ sources, label }: { sources: SourceRef[]; label: string }) {
  if (sources.length === 0) return null;
  return (
    <details className="more-sources">
      <summary>{label}</summary>
      <div className="stack">
        {sources.map((source, i) => (
          <SourceCard key={`${source.url}-${i}`} source={source} />
        ))}
      </div>
    </details>
  );
}

const count = (n: number) => `${n} source${n === 1 ? "" : "s"}`;

/**
 * The first source of the explanation is shown; every other one is folded, so "Next" is never seven
 * quotes away. Corrections (seed notes) and opinion tags always stay visible.
 */
export function ExplanationView({ explanation }: { explanation: Explanation }) {
  return (
    <div className="stack">
      {explanation.byTeacher && (
        <p className="small">
          <TeacherMark /> Not part of the checked content: the source below is the one your teacher gave.
        </p>
      )}
      <p>{explanation.text}</p>
      {explanation.facts.map((fact, factIndex) => {
        const [first, ...rest] = fact.sources;
        const shown = factIndex === 0 && first ? first : null;
        const folded = shown ? rest : fact.sources;
        return (
          <section key={fact.id} className="stack" aria-label={`Source for: ${fact.statement}`}>
            {factIndex > 0 && <p className="small">{fact.statement}</p>}
            {fact.isOpinion && (
              <p className="opinion-tag">Opinion{fact.saidBy ? ` of ${fact.saidBy}` : ""}, not a checkable fact</p>
            )}
            {fact.seedNote && (
              <p className="seed-note">
                <strong>The seed article differs: </strong>
                {fact.seedNote}
              </p>
            )}
            {fact.asOf && <p className="muted small">True as of {fact.asOf}.</p>}
            {shown && <SourceCard source={shown} />}
            <MoreSources sources={folded} label={shown ? `${count(folded.length)} more` : count(folded.length)} />
          </section>
        );
      })}
    </div>
  );
}
