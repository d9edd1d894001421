// What each assignment status means, beside every table that shows them (the gradebook, a student's list).
import { AVERAGE_RULES } from "@/lib/classroom/averages";
import { STATUS_LABELS, STATUS_MEANINGS, type AssignmentStatus } from "@/lib/classroom/status";

const ORDER: AssignmentStatus[] = ["not_started", "in_progress", "submitted", "late", "missing"];

/** `withAverages`: the gradebook's legend also says how its averages count each status. */
export function StatusLegend({ withAverages = false }: { withAverages?: boolean }) {
  return (
    <details className="status-legend">
      <summary>{withAverages ? "What the statuses mean, and how averages count" : "What the statuses mean"}</summary>
      <dl>
        {ORDER.map((status) => (
          <div key={status}>
            <dt>
              <span className={`status-chip status-${status}`}>{STATUS_LABELS[status]}</span>
            </dt>
            <dd>{STATUS_MEANINGS[status]}</dd>
          </div>
        ))}
      </dl>
      {withAverages && (
        <>
          <h3 className="small-heading">How the averages count</h3>
          <ul className="average-rules">
            {AVERAGE_RULES.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
