// What each assignment status means, beside every table that shows them (the gradebook, a student's list).
import { STATUS_LABELS, STATUS_MEANINGS, type AssignmentStatus } from "@/lib/classroom/status";

const ORDER: AssignmentStatus[] = ["not_started", "in_progress", "submitted", "late", "missing"];

export function StatusLegend() {
  return (
    <details className="status-legend">
      <summary>What the statuses mean</summary>
      <dl>
        {ORDER.map((status) => (
          <div key={status}>
            <dt className={`status-${status}`}>{STATUS_LABELS[status]}</dt>
            <dd>{STATUS_MEANINGS[status]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
