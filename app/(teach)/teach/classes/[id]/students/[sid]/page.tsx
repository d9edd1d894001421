import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { Table } from "@/components/ui/table";
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
      <Link className="back-link" href={`/teach/classes/${id}`}>
        <ArrowLeft aria-hidden="true" />
        Back to the class
      </Link>
      <h1>{work.student.name}</h1>
      <p className="muted">{work.student.email}</p>
      {work.attempts.length === 0 && <p className="card muted">No attempts at this class&apos;s assignments yet.</p>}
      {work.attempts.map((attempt) => (
        <section key={attempt.id} className="card stack" aria-labelledby={`attempt-${attempt.id}`}>
          <h2 id={`attempt-${attempt.id}`}>{attempt.assignment?.title}</h2>
          <p className="muted small">
            Started {formatDue(attempt.createdAt, teacher.timeZone)}
            {attempt.completedAt ? ` · finished ${formatDue(attempt.completedAt, teacher.timeZone)}` : " · not finished"}
          </p>
          <Table caption={`Answers to ${attempt.assignment?.title ?? "this attempt"}`}>
            <thead>
              <tr>
                <th scope="col" className="wide">
                  Question
                </th>
                <th scope="col">Answer given</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {attempt.answers.map((a) => (
                <tr key={a.questionId}>
                  <td className="wide">{a.prompt}</td>
                  <td>{a.given}</td>
                  <td className={a.isCorrect ? "status-submitted" : "status-missing"}>{a.isCorrect ? "Correct" : `Incorrect (answer: ${a.expected})`}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ))}
    </div>
  );
}
