import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Check, X } from "lucide-react";
import { requireTeacher } from "@/lib/auth/session";
import { StatusLegend } from "@/components/classes/status-legend";
import { ExtendDueForm } from "@/components/teach/extend-due-form";
import { ResetLinkForm } from "@/components/teach/reset-link-form";
import { formatDue, instantToZonedLocal } from "@/lib/time/due";
import { loadGradebook, loadStudentWork } from "@/lib/classroom/gradebook";
import { latestStudentResetLink } from "@/lib/classroom/reset-link";
import { outcomeText } from "@/lib/classroom/status";
import { getBank } from "@/lib/content/bank";
import { now } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Student" };

export default async function StudentPage({ params }: PageProps<"/teach/classes/[id]/students/[sid]">) {
  const { id, sid } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/students/${sid}`);
  const at = await now();
  const [work, book] = await Promise.all([loadStudentWork(teacher.id, id, sid), loadGradebook(teacher.id, id, getBank(), at)]);
  if (!work || !book) notFound();
  const last = work.student.role === "learner" ? await latestStudentResetLink(teacher.id, sid) : null;
  return (
    <div className="stack">
      <Link className="back-link" href={`/teach/classes/${id}`}>
        <ArrowLeft aria-hidden="true" />
        Back to the class
      </Link>
      <h1>{work.student.name}</h1>
      <p className="muted">{work.student.email}</p>
      <section className="card stack" aria-labelledby="scores-title">
        <h2 id="scores-title">Scores</h2>
        {book.assignments.length === 0 ? (
          <p className="muted">This class has no assignments yet.</p>
        ) : (
          // One card per assignment rather than a table: on a phone a table's status and form
          // columns sat off screen, and each row was as tall as the form in its last cell.
          <ul className="score-list" aria-label={`${work.student.name}'s status and score on each assignment`}>
            {book.assignments.map((a) => {
              const cell = book.cells.get(`${sid}:${a.id}`);
              if (!cell) return null;
              return (
                <li key={a.id} className="score-item" data-assignment={a.title}>
                  <div className="score-head">
                    <h3>
                      <Link href={`/teach/classes/${id}/assignments/${a.id}`}>{a.title}</Link>
                    </h3>
                    <span className={`status-chip status-${cell.status}`} data-testid="student-score">
                      {outcomeText(cell)}
                    </span>
                  </div>
                  <p className="muted small">
                    Due for this student: {formatDue(cell.dueAt, teacher.timeZone)}
                    {cell.isExtended && <> (more time; the class&apos;s: {formatDue(a.dueAt, teacher.timeZone)})</>}
                  </p>
                  <ExtendDueForm classId={id} assignmentId={a.id} studentId={sid} title={a.title} current={instantToZonedLocal(cell.dueAt, teacher.timeZone)} />
                </li>
              );
            })}
          </ul>
        )}
        <StatusLegend />
      </section>
      {work.student.role === "learner" ? (
        <ResetLinkForm classId={id} studentId={sid} studentName={work.student.name} last={last && resetLinkNote(last, at, teacher.timeZone)} />
      ) : (
        <p className="card muted">This is a teacher&apos;s account: they choose a new password by email or from their own account page, not with a link from you.</p>
      )}
      {work.attempts.length === 0 && <p className="card muted">No attempts at this class&apos;s assignments yet.</p>}
      {work.attempts.map((attempt) => (
        <section key={attempt.id} className="card stack" aria-labelledby={`attempt-${attempt.id}`}>
          <h2 id={`attempt-${attempt.id}`}>{attempt.assignment?.title}</h2>
          <p className="muted small">
            Started {formatDue(attempt.createdAt, teacher.timeZone)}
            {attempt.completedAt ? ` · finished ${formatDue(attempt.completedAt, teacher.timeZone)}` : " · not finished"}
          </p>
          <ol className="results-list" aria-label={`Answers to ${attempt.assignment?.title ?? "this attempt"}`}>
            {attempt.answers.map((a, index) => (
              <li key={a.questionId} className={`card stack-sm result-item ${a.isCorrect ? "right" : "wrong"}`}>
                <h3>
                  <span className="muted">{index + 1}. </span>
                  {a.prompt}
                </h3>
                <p className={`status-tag ${a.isCorrect ? "right" : "wrong"}`}>
                  {a.isCorrect ? <Check aria-hidden="true" /> : <X aria-hidden="true" />}
                  {a.isCorrect ? "Correct" : "Incorrect"}
                </p>
                <p className="answer-lines">
                  <span>Answer given: {a.given}</span>
                  {!a.isCorrect && <span>The answer: {a.expected}</span>}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** What became of the newest reset link this teacher made for the student. */
function resetLinkNote(link: { createdAt: Date; expiresAt: Date; usedAt: Date | null }, at: Date, timeZone: string): string {
  const made = `The last link you made, on ${formatDue(link.createdAt, timeZone)},`;
  if (link.usedAt) return `${made} was used or replaced on ${formatDue(link.usedAt, timeZone)}.`;
  if (link.expiresAt <= at) return `${made} expired unused.`;
  return `${made} has not been used yet; it works until ${formatDue(link.expiresAt, timeZone)}.`;
}
