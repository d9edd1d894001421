// Students by assignments: each cell says the status in words and the score or recall.
import Link from "next/link";
import type { Gradebook } from "@/lib/classroom/gradebook";
import { Table } from "@/components/ui/table";
import { outcomeText } from "@/lib/classroom/status";

export function GradebookTable({ gradebook }: { gradebook: Gradebook }) {
  const base = `/teach/classes/${gradebook.id}`;
  if (gradebook.students.length === 0) return <p>No students yet: share the join code.</p>;
  return (
    <Table caption="Gradebook: each student's status and score on each assignment" className="gradebook" stickyFirst>
        <thead>
          <tr>
            <th scope="col">Student</th>
            {gradebook.assignments.map((a) => (
              <th scope="col" key={a.id}>
                <Link href={`${base}/assignments/${a.id}`}>{a.title}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {gradebook.students.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <Link href={`${base}/students/${s.id}`}>{s.name}</Link>
              </th>
              {gradebook.assignments.map((a) => {
                const cell = gradebook.cells.get(`${s.id}:${a.id}`);
                return (
                  <td key={a.id} className={`status-${cell?.status ?? "not_started"}`} data-student={s.name} data-assignment={a.title}>
                    {cell ? outcomeText(cell) : ""}
                    {cell?.isExtended && <span className="muted small"> (more time)</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
    </Table>
  );
}
