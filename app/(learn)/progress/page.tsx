import type { Metadata } from "next";
import Link from "next/link";
import { ForecastChart, HeatmapChart, Meter } from "@/components/progress/charts";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { loadProgress } from "@/lib/progress/load";
import { formatPercent } from "@/lib/progress/percent";
import { formatIsoDate } from "@/lib/quiz/format";

export const metadata: Metadata = { title: "Progress" };

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

const LEVEL_TEXT = { unseen: "Not studied yet", weak: "Weak", fair: "Fair", strong: "Strong" } as const;

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const p = await loadProgress(user, getBank(), await now());
  const r = p.retention;
  return (
    <div className="stack">
      <h1>Your progress</h1>
      <div className="grid">
        <section className="card" aria-labelledby="streak-title">
          <h2 id="streak-title">Streak</h2>
          <p className="score">{days(p.streaks.current)}</p>
          <p className="muted">
            Longest: {days(p.streaks.longest)}. {p.streaks.reviewedToday ? "You have reviewed today." : "No review yet today."}
          </p>
        </section>
        <section className="card" aria-labelledby="states-title">
          <h2 id="states-title">Cards</h2>
          <dl className="state-list">
            {(
              [
                ["New (started, not learned)", p.states.new],
                ["Learning", p.states.learning],
                ["Review", p.states.review],
                ["Relearning", p.states.relearning],
                ["Suspended", p.states.suspended],
                ["Leeches", p.states.leeches],
              ] as const
            ).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <Link href="/cards">See every card</Link>
        </section>
      </div>

      <section className="card stack" aria-labelledby="heat-title">
        <h2 id="heat-title">Reviews in the last year</h2>
        <HeatmapChart heatmap={p.heatmap} />
      </section>

      <section className="card stack" aria-labelledby="retention-title">
        <h2 id="retention-title">True retention, last 30 days</h2>
        <table className="table">
          <caption className="visually-hidden">Share of reviews of learned cards you got right</caption>
          <thead>
            <tr>
              <th scope="col">Cards</th>
              <th scope="col">Passed</th>
              <th scope="col">Reviews</th>
              <th scope="col">Retention</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ["Young (interval under 21 days)", r.young],
                ["Mature (21 days or more)", r.mature],
                ["All", r.all],
              ] as const
            ).map(([label, rate]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{rate.passed}</td>
                <td>{rate.total}</td>
                <td>{formatPercent(rate.rate, "–")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card stack" aria-labelledby="forecast-title">
        <h2 id="forecast-title">Due in the next 30 days</h2>
        <ForecastChart forecast={p.forecast} />
      </section>

      <section className="card stack" aria-labelledby="topics-recall-title">
        <h2 id="topics-recall-title">Predicted recall by topic</h2>
        <table className="table">
          <caption className="visually-hidden">Average chance of recalling each of a topic&apos;s facts now; a fact not studied yet counts as 0</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Studied</th>
              <th scope="col">Predicted recall</th>
            </tr>
          </thead>
          <tbody>
            {p.topics.map((t) => (
              <tr key={t.topicId}>
                <th scope="row">{t.title}</th>
                <td>
                  {t.studied} of {t.facts}
                </td>
                <td>
                  <Meter value={t.meanRecall} label="predicted recall" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card stack" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline of the treaties, and how well you know each event</h2>
        <ol className="timeline">
          {p.timeline.map((e) => (
            <li key={e.id} className={`level-${e.level}`}>
              <span className="when">{formatIsoDate(e.date)}</span>
              <span className="what">{e.label}</span>
              <span className="how">
                {LEVEL_TEXT[e.level]}
                {e.recall !== null ? ` (${formatPercent(e.recall)})` : ""}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>
          <a href="/api/account/export?format=csv&amp;table=reviews">Reviews (CSV)</a> ·{" "}
          <a href="/api/account/export?format=csv&amp;table=cards">Cards (CSV)</a> · <a href="/api/account/export?format=json">Everything (JSON)</a>
        </p>
      </section>
    </div>
  );
}
