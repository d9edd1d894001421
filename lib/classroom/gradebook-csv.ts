// The gradebook as CSV, in the two shapes a teacher asks for: the grid the page shows (a row per
// student, a column per assignment, averages last) and the detail (a row per student and
// assignment, with due dates, late scores and attempts). Headers are words, figures whole percents.
import type { CsvRow } from "@/lib/progress/csv";
import { formatPercent } from "@/lib/progress/percent";
import { countedFigure, type GradebookAverages } from "./averages";
import type { GradeCell } from "./gradebook";
import { outcomeText, STATUS_LABELS } from "./status";


export type GradebookForCsv = {
  students: readonly { id: string; name: string; email: string }[];
  assignments: readonly { id: string; title: string; kind: string; dueAt: Date; lateCounts: boolean }[];
  cells: ReadonlyMap<string, GradeCell>;
  averages: GradebookAverages;
};

export type CsvTable = { rows: CsvRow[]; columns: string[] };

export const CLASS_AVERAGE_ROW = "Class average";

/** Column headers for the assignments, made unique when two share a title ("Quiz", "Quiz (2)"). */
export function assignmentHeaders(titles: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken);
  return titles.map((title) => {
    let header = title;
    for (let n = 2; used.has(header); n++) header = `${title} (${n})`;
    used.add(header);
    return header;
  });
}

/**
 * The grid: "Student", "Email", then for each assignment its title (the figure the averages use:
 * the counted score, or a mastery goal's predicted recall) and "<title>: status" (the page's words
 * for the cell), then "Quiz average"; the last row is the class average of each column.
 */
export function gradebookGrid(book: GradebookForCsv): CsvTable {
  const headers = assignmentHeaders(book.assignments.map((a) => a.title), ["Student", "Email", "Quiz average"]);
  const columns = ["Student", "Email", ...headers.flatMap((h) => [h, `${h}: status`]), "Quiz average"];
  const rows: CsvRow[] = book.students.map((s) => {
    const row: CsvRow = { Student: s.name, Email: s.email, "Quiz average": formatPercent(book.averages.byStudent.get(s.id)?.average) };
    book.assignments.forEach((a, i) => {
      const cell = book.cells.get(`${s.id}:${a.id}`);
      const header = headers[i] ?? a.title;
      row[header] = formatPercent(countedFigure(a.kind, cell));
      row[`${header}: status`] = cell ? outcomeText(cell) + (cell.isExtended ? " (more time)" : "") : "";
    });
    return row;
  });
  const average: CsvRow = { Student: CLASS_AVERAGE_ROW, Email: "", "Quiz average": formatPercent(book.averages.overall.average) };
  book.assignments.forEach((a, i) => {
    const header = headers[i] ?? a.title;
    const { average: figure, counted } = book.averages.byAssignment.get(a.id) ?? { average: null, counted: 0 };
    average[header] = formatPercent(figure);
    average[`${header}: status`] = `${counted} counted`;
  });
  return { rows: [...rows, average], columns };
}

/** The detail: one row per student and assignment, with both due dates, the late score and the attempts. */
export function gradebookDetail(book: GradebookForCsv): CsvTable {
  const columns = ["Student", "Email", "Assignment", "Kind", "Due", "Student's due date", "Status", "Score", "Late score", "Late work counts", "Predicted recall", "Counted in averages", "Attempts used"];
  const rows = book.students.flatMap((s) =>
    book.assignments.map((a): CsvRow => {
      const cell = book.cells.get(`${s.id}:${a.id}`);
      return {
        Student: s.name,
        Email: s.email,
        Assignment: a.title,
        Kind: a.kind === "quiz" ? "Quiz" : "Mastery",
        Due: a.dueAt,
        "Student's due date": cell?.dueAt ?? a.dueAt,
        Status: cell ? STATUS_LABELS[cell.status] : "",
        Score: formatPercent(cell?.score),
        "Late score": formatPercent(cell?.lateScore),
        "Late work counts": a.kind === "quiz" ? (a.lateCounts ? "yes" : "no") : "",
        "Predicted recall": formatPercent(cell?.recall),
        "Counted in averages": formatPercent(countedFigure(a.kind, cell)),
        "Attempts used": cell?.attemptsUsed ?? 0,
      };
    }),
  );
  return { rows, columns };
}
