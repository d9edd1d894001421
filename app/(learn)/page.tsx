import { StartQuizForm } from "@/components/start-quiz-form";
import { TopicStartButton } from "@/components/topic-start-button";
import { getBank } from "@/lib/content/bank";
import { QUIZ_LENGTHS } from "@/lib/quiz/build";

export default function HomePage() {
  const bank = getBank();
  return (
    <div className="stack">
      <section aria-labelledby="intro-title">
        <h1 id="intro-title">Learn the Treaty on Open Skies, and the treaties around it</h1>
        <p className="lead">
          Overflight teaches the Open Skies treaty, New START, INF and ABM through short quizzes. Every answer is
          explained and shows the sentence of the source it rests on. No account needed.
        </p>
        <p className="muted small">
          {bank.facts.size} checked facts · {bank.questions.size} questions · {bank.sources.size} sources
        </p>
      </section>

      <StartQuizForm topics={bank.topics.map(({ id, title }) => ({ id, title }))} lengths={QUIZ_LENGTHS} />

      <section aria-labelledby="topics-title">
        <h2 id="topics-title">Topics</h2>
        <ul className="grid">
          {bank.topics.map((topic) => (
            <li key={topic.id}>
              <article className="card topic-card" aria-labelledby={`topic-${topic.id}`}>
                <h3 id={`topic-${topic.id}`}>{topic.title}</h3>
                <p>{topic.description}</p>
                <span className="pill">
                  {topic.questionCount} questions · {topic.factCount} facts
                </span>
                <TopicStartButton topicId={topic.id} title={topic.title} length={Math.min(10, topic.questionCount)} />
              </article>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
