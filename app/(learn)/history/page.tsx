import type { Metadata } from "next";
import Link from "next/link";
import { History } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";
import { Table } from "@/components/ui/table";
import { TopicIcon } from "@/components/ui/topic-style";
import { bankForViewer } from "@/lib/authoring/store";
import { listAttempts } from "@/lib/quiz/attempts";
import { getTaker } from "@/lib/auth/taker";
import { describeMode, topicOfMode } from "@/lib/quiz/describe";

export const metadata: Metadata = { title: "My quizzes" };

export default async function HistoryPage() {
  const taker = await getTaker();
  const attempts = await listAttempts({ taker });
  const bank = await bankForViewer(taker.userId);
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

  return (
    <div className="stack">
      <h1>My quizzes</h1>
      {attempts.length === 0 ? (
        <section className="card">
          <EmptyState title="No quizzes yet on this browser" action={<ButtonLink href="/" icon={<History aria-hidden="true" />}>Start one</ButtonLink>}>
            Every quiz you take here is listed, with its score, so you can come back to its explanations.
          </EmptyState>
        </section>
      ) : (
        <Table caption="Your quizzes, newest first" stickyFirst>
          <thead>
            <tr>
              <th scope="col">Quiz</th>
              <th scope="col">Started (UTC)</th>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => {
              const retired = a.questionIds.filter((id) => !bank.questions.has(id)).length;
              const done = a.completedAt || a.answered === a.questionIds.length;
              return (
                <tr key={a.id}>
                  <td>
                    <span className="hbar-label">
                      <TopicIcon topicId={topicOfMode(a.mode)} size="sm" />
                      <Link href={done ? `/quiz/${a.id}/results` : `/quiz/${a.id}`}>{a.assignment?.title ?? describeMode(a.mode, bank)}</Link>
                      {a.assignment && <span className="muted small">{a.assignment.className}</span>}
                    </span>
                  </td>
                  <td>{dateFormat.format(a.createdAt)}</td>
                  <td className="num">
                    {a.correct} of {a.questionIds.length}
                  </td>
                  <td>
                    {done ? <Badge tone="right">Finished</Badge> : <Badge tone="brand">{`${a.answered} of ${a.questionIds.length} answered`}</Badge>}
                    {retired > 0 && <span className="pill"> {retired} retired</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </div>
  );
}
