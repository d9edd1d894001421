import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { StartAssignmentButton } from "@/components/classes/start-assignment-button";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { listStudentAssignments } from "@/lib/classroom/assignments";
import { listStudentClasses } from "@/lib/classroom/classes";
import { formatDue } from "@/lib/time/due";
import { outcomeText } from "@/lib/classroom/status";
import { StatusLegend } from "@/components/classes/status-legend";
import { formatPercent } from "@/lib/progress/percent";
import { now } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";

export const metadata: Metadata = { title: "My classes" };

export default async function ClassesPage() {
  const user = await requireUser("/classes");
  const [memberships, assignments] = await Promise.all([listStudentClasses(user.id), listStudentAssignments(user.id, getBank(), await now())]);
  return (
    <div className="stack">
      <h1>My classes</h1>
      <section className="card stack" aria-labelledby="assignments-title">
        <h2 id="assignments-title">Assignments</h2>
        {assignments.length === 0 ? (
          <p className="muted">No assignments yet. When your teacher sets one, it appears here with its due date.</p>
        ) : (
          <Table caption="Your assignments, soonest due first" stickyFirst>
              <thead>
                <tr>
                  <th scope="col">Assignment</th>
                  <th scope="col">Class</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">Do it</th>
                </tr>
              </thead>
              <tbody>
                {assignments.map((a) => (
                  <tr key={a.id} data-assignment={a.title}>
                    <td>
                      {a.title}
                      <br />
                      <span className="muted small">
                        {a.kind === "quiz"
                          ? `Quiz · ${a.attemptsUsed} of ${a.attemptsAllowed} attempt(s) used`
                          : `Mastery: every fact at ${formatPercent(a.target)} or more by the due date. ${a.isPast ? "Now" : "At the due date, if you review nothing more"}: ${formatPercent(a.recall, "0%")} on average, ${a.below === 0 ? "every fact at the target" : `${a.below} of ${a.facts} card${a.facts === 1 ? "" : "s"} below the target (review ${a.below === 1 ? "it" : "them"} to lift it)`}.`}
                      </span>
                    </td>
                    <td>{a.className}</td>
                    <td>
                      {formatDue(a.dueAt, user.timeZone)}
                      {a.isExtended && <span className="muted small"> (more time from your teacher)</span>}
                    </td>
                    <td className={`status-${a.status}`}>
                      {outcomeText({ ...a, recall: null })}
                    </td>
                    <td>
                      {a.kind === "mastery" ? (
                        <Link href={`/review?topic=${encodeURIComponent(a.topicId ?? "")}`} aria-label={`Review ${a.title}`}>Review</Link>
                      ) : a.openAttemptId || a.attemptsUsed < a.attemptsAllowed ? (
                        <StartAssignmentButton id={a.id} title={a.title} resume={a.openAttemptId !== null} />
                      ) : (
                        <span className="muted">No attempts left</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
          </Table>
        )}
        {assignments.length > 0 && <StatusLegend />}
      </section>
      <section className="card stack" aria-labelledby="my-classes-title">
        <h2 id="my-classes-title">Classes</h2>
        {memberships.length === 0 ? (
          <p className="muted">You are not in a class yet: enter the join code your teacher gave you below.</p>
        ) : (
          <ul className="results-list roster">
            {memberships.map((m) => (
              <li key={m.class.id}>
                <strong>{m.class.name}</strong> <span className="muted">with {m.class.teacher.name}</span>
                {m.class.archivedAt && <Badge tone="note">Archived</Badge>}
                <ActionButton
                  url={`/api/classes/${m.class.id}/membership`}
                  method="DELETE"
                  label="Leave"
                  ariaLabel={`Leave ${m.class.name}`}
                  done="You left the class."
                  confirm={`Leave ${m.class.name}?`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <JoinClassForm />
    </div>
  );
}
