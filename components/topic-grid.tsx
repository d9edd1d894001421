// The topics as cards, each in its tone with its icon, a count and a one-press quiz.
import { TopicStartButton } from "@/components/topic-start-button";
import { TopicIcon, topicVars } from "@/components/ui/topic-style";
import type { QuestionBank } from "@/lib/content/bank";

export function TopicGrid({ topics, headingLevel = 3 }: { topics: QuestionBank["topics"]; headingLevel?: 2 | 3 }) {
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
          </article>
        </li>
      ))}
    </ul>
  );
}
