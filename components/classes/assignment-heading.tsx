// The heading of a quiz taken for a class: the assignment's title, its class and its due date.
import type { AttemptAssignment } from "@/lib/quiz/attempts";
import { formatDue } from "@/lib/time/due";

export function AssignmentHeading({ assignment, timeZone }: { assignment: AttemptAssignment; timeZone: string }) {
  return (
    <div>
      <p className="eyebrow">{assignment.className} · assignment</p>
      <h1>{assignment.title}</h1>
      <p className="muted small" data-testid="assignment-due">
        Due {formatDue(assignment.dueAt, timeZone)} · your teacher sees your answers
      </p>
    </div>
  );
}
