// The topics as cards, each in its tone with its icon, a count, a one-press quiz and, for a signed-in
// learner, a review of that topic's cards only.
import Link from "next/link";
import { TopicStartButton } from "@/components/topic-start-button";
import { TopicIcon, topicVars } from "@/components/ui/topic-style";
import type { QuestionBank } from "@/lib/content/bank";

export function TopicGrid({
  topics,
  headingLevel = 3,
  hasReview = false,
}: {
  topics: QuestionBank["topics"];
  headingLevel?: 2 | 3;
  /** A signed-in learner: each topic links to its own review. */
  hasReview?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid">
      {topics.map((topic) => (
        <li key={topic.id}>
          <article className="card topic-card" aria-labelledby={`topic-${topic.id}`} style={topicVars(topic.id)}>
            <div className="topic-card-head">
              <TopicIcon topicId={topic.id} />
              <Heading id={`topic-${topic.id}`}>{topic.title}</Heading>
            </div>
            <p>{topic.description}</p>
            <span className="pill">
              {topic.questionCount} questions · {topic.factCount} facts
            </span>
            <TopicStartButton topicId={topic.id} title={topic.title} length={Math.min(10, topic.questionCount)} />
            {hasReview && (
              <Link href={`/review?topic=${encodeURIComponent(topic.id)}`} className="small" aria-label={`Review ${topic.title} only`}>
                Review this topic
              </Link>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
