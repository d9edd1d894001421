import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getBank } from "@/lib/content/bank";
import { markQuotes, seedCorrections, type SeedCorrection } from "@/lib/content/seed-corrections";
import { readSeedLines } from "@/lib/content/seed-text";
import { formatIsoDate } from "@/lib/quiz/format";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({ params }: PageProps<"/sources/[id]">) {
  const { id } = await params;
  const bank = getBank();
  const source = bank.sources.get(id);
  if (!source) notFound();
  const facts = [...bank.facts.values()].filter((f) => f.citations.some((c) => c.source === id));
  const citedLines = new Set(facts.flatMap((f) => f.citations.filter((c) => c.source === id).map((c) => c.line)));
  const corrections = source.kind === "seed" ? seedCorrections(bank, id) : new Map<number, SeedCorrection[]>();

  return (
    <div className="stack">
      <h1>{source.title}</h1>
      <p className="muted">
        {source.publisher} · {formatIsoDate(source.date)}
        {source.kind === "web" && (
          <>
            {" · "}
            <a href={source.url} rel="noopener noreferrer">
              Open the original
            </a>
          </>
        )}
      </p>
      {source.kind === "seed" ? (
        <section aria-labelledby="seed-text" className="card stack">
          <h2 id="seed-text">The text, line by line</h2>
          <p className="muted small">
            A machine translation with known errors. The {corrections.size} lines the content corrects are marked, with
            the correction under each; lines that facts cite are numbered links from their questions.
          </p>
          <ol className="seed-lines">
            {readSeedLines(source.file).map((line, i) => {
              if (!line.trim()) return null;
              const lineCorrections = corrections.get(i + 1) ?? [];
              const quotes = lineCorrections.flatMap((c) => c.quotes);
              return (
                <li key={i} id={`line-${i + 1}`} className={lineCorrections.length > 0 ? "corrected" : undefined}>
                  <span className="num">{i + 1}</span>
                  <div className="line">
                    <p>
                      {markQuotes(line, quotes).map((part, j) =>
                        part.isCorrected ? <mark key={j}>{part.text}</mark> : <span key={j}>{part.text}</span>,
                      )}
                      {citedLines.has(i + 1) && lineCorrections.length === 0 && <span className="visually-hidden"> (cited)</span>}
                    </p>
                    {lineCorrections.map((c) => (
                      <p key={c.factId} className="seed-note small">
                        <strong>Correction: </strong>
                        {c.note}
                      </p>
                    ))}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="facts-title" className="stack">
        <h2 id="facts-title">Facts that cite it ({facts.length})</h2>
        <ul className="results-list">
          {facts.map((f) => (
            <li key={f.id} className="card">
              <p>{f.statement}</p>
              {f.seedNote && (
                <p className="seed-note">
                  <strong>The seed article differs: </strong>
                  {f.seedNote}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
