import Link from "next/link";
import { redirect } from "next/navigation";
import { ArrowRight, CalendarCheck, Flame, PlayCircle } from "lucide-react";
import { FlightMapArt } from "@/components/brand/illustrations";
import { StartQuizForm } from "@/components/start-quiz-form";
import { TopicGrid } from "@/components/topic-grid";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import type { PublicUser } from "@/lib/auth/users";
import { now } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { loadLearnerHome, type LearnerHome } from "@/lib/progress/home";
import { QUIZ_LENGTHS } from "@/lib/quiz/build";
import { getTaker } from "@/lib/auth/taker";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The signed-in user, or null for a guest and while the database is out of reach. */
async function userOrGuest(): Promise<PublicUser | null> {
  try {
    return await getCurrentUser();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

export default async function HomePage() {
  const bank = getBank();
  const user = await userOrGuest();
  if (user?.role === "teacher") redirect("/teach");
  const home = user ? await loadLearnerHome(user, await getTaker(), bank, await now()) : null;
  const topics = bank.topics.map(({ id, title }) => ({ id, title }));
  return (
    <div className="stack-lg">
      {user && home ? (
        <LearnerToday name={user.name} home={home} />
      ) : (
        <section className="hero" aria-labelledby="intro-title">
          <div>
            <p className="eyebrow">Open Skies · New START · INF · ABM</p>
            <h1 id="intro-title">Learn the Treaty on Open Skies, and the treaties around it</h1>
            <p className="lead">
              Short quizzes on the arms-control treaties that let nations fly over each other. Every answer is explained and shows
              the sentence of the source it rests on. No account needed.
            </p>
            <ul className="facts-line" aria-label="What is inside">
              <li>
                <strong>{bank.facts.size}</strong> checked facts
              </li>
              <li>
                <strong>{bank.questions.size}</strong> questions
              </li>
              <li>
                <strong>{bank.sources.size}</strong> sources
              </li>
            </ul>
          </div>
          <FlightMapArt className="hero-art" />
        </section>
      )}

      <StartQuizForm topics={topics} lengths={QUIZ_LENGTHS} />

      <section aria-labelledby="topics-title">
        <div className="section-title">
          <h2 id="topics-title">Topics</h2>
          <Link href="/sources">Where the facts come from</Link>
        </div>
        <TopicGrid topics={bank.topics} hasReview={user !== null} />
      </section>
    </div>
  );
}

function LearnerToday({ name, home }: { name: string; home: LearnerHome }) {
  const { counts, streaks, resume, lastQuiz, cardCount } = home;
  const dueNow = counts.readyNow;
  const laterToday = counts.due + counts.learning - dueNow;
  const firstName = name.split(/\s+/)[0] ?? name;
  return (
    <section aria-labelledby="today-title" className="stack">
      <div className="page-header">
        <div>
          <p className="eyebrow">Today</p>
          <h1 id="today-title">Welcome back, {firstName}</h1>
        </div>
        <Link href="/progress">Your progress</Link>
      </div>
      <div className="today">
        <section className="card due-card" aria-labelledby="due-title">
          <h2 id="due-title" className="visually-hidden">
            Due now
          </h2>
          <p className="due-figure">{dueNow}</p>
          <p>
            {dueNow > 0
              ? `${plural(dueNow, "card")} due now${counts.new ? `, and ${plural(counts.new, "new card")} to learn` : ""}.`
              : counts.new
                ? `Nothing due now; ${plural(counts.new, "new card")} to learn today.`
                : "Nothing due now: you are up to date."}
            {laterToday > 0 && ` ${laterToday} more later today.`}
          </p>
          {dueNow + counts.new > 0 ? (
            <ButtonLink href="/review" icon={<PlayCircle aria-hidden="true" />}>
              {dueNow > 0 ? `${dueNow} due now: start` : "Learn new cards"}
            </ButtonLink>
          ) : (
            <ButtonLink href="/review?mode=flashcards" icon={<CalendarCheck aria-hidden="true" />}>
              See the review screen
            </ButtonLink>
          )}
        </section>
        <section className="card stack-sm" aria-labelledby="streak-title">
          <h2 id="streak-title" className="small muted">
            Streak
          </h2>
          <p className="streak-figure stat-value">
            <Flame aria-hidden="true" />
            {plural(streaks.current, "day")}
          </p>
          <p className="muted small">
            {streaks.reviewedToday
              ? "You have reviewed today: the streak is safe."
              : streaks.current > 0
                ? "Review today to keep it going."
                : cardCount === 0
                  ? "Review on two days in a row to start one."
                  : "Review today to start a new one."}{" "}
            Longest: {plural(streaks.longest, "day")}.
          </p>
        </section>
        <section className="card stack-sm" aria-labelledby="resume-title">
          <h2 id="resume-title" className="small muted">
            {resume ? "Pick up where you left off" : "Your last quiz"}
          </h2>
          {resume ? (
            <>
              <p className="stat-value">{resume.title}</p>
              <p className="muted small">
                {resume.answered} of {resume.total} answered
              </p>
              <ButtonLink href={`/quiz/${resume.id}`} variant="secondary" size="sm" icon={<ArrowRight aria-hidden="true" />}>
                Resume the quiz
              </ButtonLink>
            </>
          ) : lastQuiz ? (
            <>
              <p className="stat-value">{lastQuiz.title}</p>
              <p className="muted small">
                {lastQuiz.correct} of {lastQuiz.total} right
              </p>
              <ButtonLink href={`/quiz/${lastQuiz.id}/results`} variant="secondary" size="sm">
                See its results
              </ButtonLink>
            </>
          ) : (
            <p className="muted">No quiz yet: pick a topic below and take ten questions.</p>
          )}
        </section>
      </div>
    </section>
  );
}
