import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTeacher } from "@/lib/auth/session";
import { formatDue } from "@/lib/time/due";
import { loadStudentWork } from "@/lib/classroom/gradebook";

export const metadata: Metadata = { title: "Student" };

export default async function StudentPage({ params }: PageProps<"/teach/classes/[id]/students/[sid]">) {
  const { id, sid } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/students/${sid}`);
  const work = await loadStudentWork(teacher.id, id, sid);
  if (!work) notFound();
  return (
    <div className="stack">
      <p>
        <Link href={`/teach/classes/${id}`}>Back to the class</Link>
      </p>
      <h1>{work.student.name}</h1>
      <p className="muted">{work.student.email}</p>
      {work.attempts.length === 0 && <p>No attempts at this class&apos;s assignments yet.</p>}
      {work.attempts.map((attempt) => (
        <section key={attempt.id} className="card stack" aria-labelledby={`attempt-${attempt.id}`}>
          <h2 id={`attempt-${attempt.id}`}>{attempt.assignment?.title}</h2>
          <p className="muted small">
            Started {formatDue(attempt.createdAt, teacher.timeZone)}
            {attempt.completedAt ? ` · finished ${formatDue(attempt.completedAt, teacher.timeZone)}` : " · not finished"}
          </p>
          <table className="table">
            <caption className="visually-hidden">Answers</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answer given</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {attempt.answers.map((a) => (
                <tr key={a.questionId}>
                  <td>{a.prompt}</td>
                  <td>{a.given}</td>
                  <td>{a.isCorrect ? "Correct" : `Incorrect (answer: ${a.expected})`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
