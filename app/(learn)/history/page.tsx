import type { Metadata } from "next";
import Link from "next/link";
import { getBank } from "@/lib/content/bank";
import { listAttempts } from "@/lib/quiz/attempts";
import { getTaker } from "@/lib/auth/taker";

export const metadata: Metadata = { title: "My quizzes" };

function describeMode(mode: string, topicTitle: (id: string) => string | undefined): string {
  if (mode === "mixed") return "Mixed topics";
  if (mode === "picked") return "Picked questions";
  if (mode.startsWith("retry:")) return "Retry of missed questions";
  if (mode.startsWith("topic:")) return topicTitle(mode.slice("topic:".length)) ?? "A retired topic";
  return mode;
}

export default async function HistoryPage() {
  const attempts = await listAttempts({ taker: await getTaker() });
  const bank = getBank();
  const topicTitle = (id: string) => bank.topics.find((t) => t.id === id)?.title;
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

  return (
    <div className="stack">
      <h1>My quizzes</h1>
      {attempts.length === 0 ? (
        <p>
          No quizzes yet on this browser. <Link href="/">Start one</Link>.
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Your quizzes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Quiz</th>
              <th scope="col">Started (UTC)</th>
              <th scope="col">Score</th>
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
                    <Link href={done ? `/quiz/${a.id}/results` : `/quiz/${a.id}`}>{describeMode(a.mode, topicTitle)}</Link>
                  </td>
                  <td>{dateFormat.format(a.createdAt)}</td>
                  <td>
                    {a.correct} of {a.questionIds.length}
                  </td>
                  <td>
                    {done ? "Finished" : `${a.answered} of ${a.questionIds.length} answered`}
                    {retired > 0 && <span className="pill"> {retired} retired</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
