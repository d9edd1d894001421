import type { Metadata } from "next";
import Link from "next/link";
import { getBank } from "@/lib/content/bank";
import { formatIsoDate } from "@/lib/quiz/format";

export const metadata: Metadata = { title: "Sources" };

export default function SourcesPage() {
  const bank = getBank();
  const citing = new Map<string, number>();
  for (const fact of bank.facts.values()) {
    for (const c of new Set(fact.citations.map((x) => x.source))) citing.set(c, (citing.get(c) ?? 0) + 1);
  }
  const sources = [...bank.sources.values()].sort((a, b) => (a.kind === "seed" ? -1 : b.kind === "seed" ? 1 : a.date.localeCompare(b.date)));
  return (
    <div className="stack">
      <h1>Sources</h1>
      <p className="lead">
        Every fact in Overflight cites at least one of these. The seed article is a machine-translated news report from
        January 2021; where it is wrong, the facts say so.
      </p>
      <ul className="results-list">
        {sources.map((s) => (
          <li key={s.id} className="card">
            <h2 className="source-title">
              <Link href={`/sources/${s.id}`} lang={s.kind === "web" ? s.lang : undefined}>
                {s.title}
              </Link>
            </h2>
            <p className="muted small">
              {s.publisher} · {formatIsoDate(s.date)} · cited by {citing.get(s.id) ?? 0} fact(s)
              {s.kind === "seed" ? " · the seed article" : ""}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
