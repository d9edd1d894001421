// The explanation of an answer: why, the fact(s) behind it, the sentence of each source with a
// link, and a visible correction where the seed article says something else.
import type { Explanation } from "@/lib/quiz/feedback";

export function ExplanationView({ explanation, headingLevel = 3 }: { explanation: Explanation; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
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
          {fact.sources.map((source, i) => (
            <div key={`${source.url}-${i}`} className="source">
              <Heading className="visually-hidden">Source</Heading>
              <blockquote cite={source.url.startsWith("http") ? source.url : undefined}>“{source.quote}”</blockquote>
              <p className="muted small">
                <a href={source.url} {...(source.url.startsWith("http") ? { rel: "noopener noreferrer" } : {})}>
                  {source.title}
                </a>
                {source.seedLine ? `, line ${source.seedLine}` : ""} · {source.publisher} · {source.date}
              </p>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
