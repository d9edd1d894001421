// Students by assignments: each cell is filled with its status's colour and says the status in
// words with the score or recall. The column after the name holds each student's quiz average (in
// view on a phone beside the pinned name), the last row each assignment's class average. Columns sort through plain links (?sort=&dir=), so sorting works
// before any JavaScript loads; the sorted column's header carries aria-sort.
import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { Gradebook } from "@/lib/classroom/gradebook";
import { Table } from "@/components/ui/table";
import { nextSort, sortFigure, sortStudents, type Average, type GradebookSort } from "@/lib/classroom/averages";
import { outcomeText } from "@/lib/classroom/status";
import { formatPercent } from "@/lib/progress/percent";

type Props = { gradebook: Gradebook; sort: GradebookSort };

function SortLink({ base, sort, column, label }: { base: string; sort: GradebookSort; column: string; label: string }) {
  const next = nextSort(sort, column);
  const isCurrent = sort.key === column;
  const Icon = isCurrent ? (sort.direction === "asc" ? ArrowUp : ArrowDown) : ArrowUpDown;
  const order = column === "name" ? (next.direction === "asc" ? "A to Z" : "Z to A") : next.direction === "asc" ? "lowest first" : "highest first";
  return (
    <Link className="sort-link" href={`${base}?sort=${encodeURIComponent(column)}&dir=${next.direction}#gradebook-title`} aria-label={`Sort by ${label}, ${order}`} scroll={false}>
      <Icon aria-hidden="true" />
    </Link>
  );
}

const ariaSort = (sort: GradebookSort, column: string) => (sort.key === column ? (sort.direction === "asc" ? "ascending" : "descending") : undefined);

function averageText({ average, counted }: Average): string {
  return average === null ? "–" : `${formatPercent(average)} (${counted} counted)`;
}

export function GradebookTable({ gradebook, sort }: Props) {
  const base = `/teach/classes/${gradebook.id}`;
  if (gradebook.students.length === 0) return <p>No students yet: share the join code.</p>;
  const cellOf = (studentId: string, assignmentId: string) => gradebook.cells.get(`${studentId}:${assignmentId}`);
  const students = sortStudents(gradebook.students, sort, (s, key) => sortFigure(gradebook.averages, gradebook.assignments, cellOf, s.id, key));
  return (
    <Table caption="Gradebook: each student's quiz average, then their status and score on each assignment; the last row is the class average" className="gradebook" stickyFirst>
      <thead>
        <tr>
          <th scope="col" aria-sort={ariaSort(sort, "name")}>
            <span className="sort-head">
              Student
              <SortLink base={base} sort={sort} column="name" label="student name" />
            </span>
          </th>
          <th scope="col" aria-sort={ariaSort(sort, "average")}>
            <span className="sort-head">
              Quiz average
              <SortLink base={base} sort={sort} column="average" label="quiz average" />
            </span>
          </th>
          {gradebook.assignments.map((a) => (
            <th scope="col" key={a.id} aria-sort={ariaSort(sort, a.id)}>
              <span className="sort-head">
                <Link href={`${base}/assignments/${a.id}`}>{a.title}</Link>
                <SortLink base={base} sort={sort} column={a.id} label={`${a.title} ${a.kind === "mastery" ? "predicted recall" : "score"}`} />
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {students.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              <Link href={`${base}/students/${s.id}`}>{s.name}</Link>
            </th>
            <td className="average-cell" data-student={s.name} data-average="student">
              {averageText(gradebook.averages.byStudent.get(s.id) ?? { average: null, counted: 0 })}
            </td>
            {gradebook.assignments.map((a) => {
              const cell = cellOf(s.id, a.id);
              return (
                <td key={a.id} className={`status-cell status-${cell?.status ?? "not_started"}`} data-student={s.name} data-assignment={a.title}>
                  {cell ? outcomeText(cell) : ""}
                  {cell?.isExtended && <span className="muted small"> (more time)</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Class average</th>
          <td className="average-cell" data-average="class">
            {averageText(gradebook.averages.overall)}
          </td>
          {gradebook.assignments.map((a) => (
            <td key={a.id} className="average-cell" data-assignment={a.title} data-average="assignment">
              {averageText(gradebook.averages.byAssignment.get(a.id) ?? { average: null, counted: 0 })}
            </td>
          ))}
        </tr>
      </tfoot>
    </Table>
  );
}
