// The explanation of an answer: why, the fact(s) behind it, the sentence of each source with a
// link, and a visible correction where the seed article says something else.
import type { Explanation, SourceRef } from "@/lib/quiz/feedback";
import { formatQuote } from "@/lib/quiz/format";

function SourceCard({ source }: { source: SourceRef }) {
  const isWeb = source.url.startsWith("http");
  return (
    <div className="source">
      <blockquote cite={isWeb ? source.url : undefined}>“{formatQuote(source.quote)}”</blockquote>
      <p className="muted small">
        <a href={source.url} {...(isWeb ? { rel: "noopener noreferrer" } : {})}>
          {source.seedLine ? `The seed article, line ${source.seedLine}` : source.title}
        </a>
        {source.seedLine ? "" : ` · ${source.publisher} · ${source.date}`}
      </p>
    </div>
  );
}

export function ExplanationView({ explanation }: { explanation: Explanation }) {
  return (
    <div className="stack">
      <p>{explanation.text}</p>
      {explanation.facts.map((fact) => (
        <section key={fact.id} className="stack" aria-label={`Source for: ${fact.statement}`}>
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
          {fact.sources.slice(0, 2).map((source, i) => (
            <SourceCard key={`${source.url}-${i}`} source={source} />
          ))}
          {fact.sources.length > 2 && (
            <details>
              <summary>
                {fact.sources.length - 2} more source{fact.sources.length > 3 ? "s" : ""}
              </summary>
              <div className="stack">
                {fact.sources.slice(2).map((source, i) => (
                  <SourceCard key={`${source.url}-more-${i}`} source={source} />
                ))}
              </div>
            </details>
          )}
        </section>
      ))}
    </div>
  );
}
