import type { Metadata } from "next";
import Link from "next/link";
import { BookOpen, Flame, Layers, PlayCircle } from "lucide-react";
import { ForecastChart, HeatmapChart, Meter, RetentionChart } from "@/components/progress/charts";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";
import { Table } from "@/components/ui/table";
import { TopicIcon, topicVars } from "@/components/ui/topic-style";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/time/clock";
import { bankForViewer } from "@/lib/authoring/store";
import { loadProgress } from "@/lib/progress/load";
import { formatPercent } from "@/lib/progress/percent";
import { formatIsoDate } from "@/lib/quiz/format";
import { RECALL_HORIZON_DAYS } from "@/lib/srs/recall";
import { loadQueueCounts } from "@/lib/srs/review-service";

export const metadata: Metadata = { title: "Progress" };

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

const LEVEL_TEXT = { unseen: "Not studied yet", weak: "Weak", fair: "Fair", strong: "Strong" } as const;

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const bank = await bankForViewer(user.id);
  const at = await now();
  const [p, counts] = await Promise.all([loadProgress(user, bank, at), loadQueueCounts(user, bank, at)]);
  const r = p.retention;
  const dueNow = counts.readyNow;
  const firstRun = p.cardCount === 0;
  return (
    <div className="stack-lg">
      <div className="page-header">
        <h1>Your progress</h1>
        {!firstRun && (
          <ButtonLink href="/review" icon={<PlayCircle aria-hidden="true" />}>
            {dueNow > 0 ? `${dueNow} due now: start` : counts.new > 0 ? `Learn ${counts.new} new` : "Open the review"}
          </ButtonLink>
        )}
      </div>

      {firstRun && (
        <section className="card tinted" aria-labelledby="first-run-title">
          <EmptyState
            title={<span id="first-run-title">Your dashboard fills in as you study</span>}
            action={
              <div className="cluster">
                <ButtonLink href="/review" icon={<Layers aria-hidden="true" />}>
                  Start your first review
                </ButtonLink>
                <ButtonLink href="/" variant="secondary" icon={<BookOpen aria-hidden="true" />}>
                  Take a quiz
                </ButtonLink>
              </div>
            }
          >
            Review a few cards or take a quiz while signed in: each fact you answer becomes a card, and this page shows your
            streak, what is due when, and how well you remember each topic.
          </EmptyState>
        </section>
      )}

      <div className="grid-fit">
        <section className="card" aria-labelledby="streak-title">
          <h2 id="streak-title">Streak</h2>
          <p className="score streak-figure">
            <Flame aria-hidden="true" />
            {days(p.streaks.current)}
          </p>
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
        <section className="card" aria-labelledby="retention-title">
          <h2 id="retention-title">True retention, last 30 days</h2>
          <p className="score">{formatPercent(r.all.rate, "–")}</p>
          <dl className="state-list">
            {(
              [
                ["Young cards (interval under 21 days)", r.young],
                ["Mature cards (21 days or more)", r.mature],
                ["All reviews of learned cards", r.all],
              ] as const
            ).map(([label, rate]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>
                  {formatPercent(rate.rate, "–")}
                  <span className="visually-hidden">,</span> <span className="muted small">({rate.passed} of {rate.total})</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>

      <section className="card stack" aria-labelledby="heat-title">
        <h2 id="heat-title">Reviews in the last year</h2>
        <HeatmapChart heatmap={p.heatmap} />
      </section>

      <div className="grid-2">
        <section className="card stack" aria-labelledby="forecast-title">
          <h2 id="forecast-title">Due in the next 30 days</h2>
          <ForecastChart forecast={p.forecast} />
        </section>
        <section className="card stack" aria-labelledby="weeks-title">
          <h2 id="weeks-title">Retention over time</h2>
          <RetentionChart weeks={p.retentionWeeks} target={user.desiredRetention} />
        </section>
      </div>

      <section className="card stack" aria-labelledby="topics-recall-title">
        <h2 id="topics-recall-title">Predicted recall by topic in {RECALL_HORIZON_DAYS} days</h2>
        <Table caption={`Average chance of recalling each of a topic's facts in ${RECALL_HORIZON_DAYS} days if you review nothing more; a fact not studied yet counts as 0`}>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Studied</th>
              <th scope="col">Predicted recall in {RECALL_HORIZON_DAYS} days</th>
            </tr>
          </thead>
          <tbody>
            {p.topics.map((t) => (
              <tr key={t.topicId}>
                <th scope="row">
                  {/* The topic's name opens a review of that topic alone (a fourth column did not fit a phone). */}
                  <Link className="hbar-label" href={`/review?topic=${encodeURIComponent(t.topicId)}`} aria-label={`Review ${t.title}`}>
                    <TopicIcon topicId={t.topicId} size="sm" />
                    {t.title}
                  </Link>
                </th>
                <td>
                  {t.studied} of {t.facts}
                </td>
                <td>
                  <Meter value={t.meanRecall} label="predicted recall" topicVar={topicVars(t.topicId)} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section className="card stack" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline of the treaties, and how well you would know each event in {RECALL_HORIZON_DAYS} days</h2>
        <ol className="timeline">
          {p.timeline.map((e) => (
            <li key={e.id} className={`level-${e.level}`}>
              <span className="when">{formatIsoDate(e.date)}</span>
              <span className="what">{e.label}</span>
              <span className="how">
                {LEVEL_TEXT[e.level]}
                {e.recall !== null ? ` (${formatPercent(e.recall)} in ${RECALL_HORIZON_DAYS} days)` : ""}
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
