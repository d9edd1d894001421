// The gradebook's averages and its sort order, from plain data: the class page, its CSV and the
// tests all take their figures from here, so the page and the file cannot disagree.
import type { AssignmentStatus } from "./status";

/** What a cell holds that the averages read (a GradeCell has more). */
export type FigureCell = { status: AssignmentStatus; score: number | null; recall: number | null };
export type AverageAssignment = { id: string; kind: string };
export type AverageStudent = { id: string; name: string };

/**
 * The figure a cell puts into the averages, as a teacher's gradebook does it:
 * - a quiz finished by its due date counts its best counting try;
 * - a quiz finished late counts its score when the assignment accepts late work, 0 when it does not;
 * - a quiz missing (due date passed, nothing finished) counts 0;
 * - a quiz not started or in progress while its due date is ahead is left out: it is not due yet;
 * - a mastery goal's figure is its predicted recall at the due date (an unstudied fact counts 0).
 */
export function countedFigure(kind: string, cell: FigureCell | undefined): number | null {
  if (!cell) return null;
  if (kind === "mastery") return cell.recall;
  switch (cell.status) {
    case "submitted":
      return cell.score;
    case "late":
      return cell.score ?? 0;
    case "missing":
      return 0;
    case "not_started":
    case "in_progress":
      return null;
  }
}

export type Average = { average: number | null; counted: number };

/** The mean of the figures that count (null ones left out); null when none does. */
export function averageOf(values: readonly (number | null)[]): Average {
  const counted = values.filter((v): v is number => v !== null);
  return { average: counted.length ? counted.reduce((sum, v) => sum + v, 0) / counted.length : null, counted: counted.length };
}

export type GradebookAverages = {
  /** Per student: the mean over quiz assignments only (mastery is a predicted recall, not a score). */
  byStudent: Map<string, Average>;
  /** Per assignment: the class's mean figure (quiz: score; mastery: predicted recall). */
  byAssignment: Map<string, Average>;
  /** The class's quiz average: the mean of every counted quiz cell. */
  overall: Average;
};

export function gradebookAverages(
  students: readonly AverageStudent[],
  assignments: readonly AverageAssignment[],
  cellOf: (studentId: string, assignmentId: string) => FigureCell | undefined,
): GradebookAverages {
  const quizzes = assignments.filter((a) => a.kind !== "mastery");
  const byStudent = new Map(students.map((s) => [s.id, averageOf(quizzes.map((a) => countedFigure(a.kind, cellOf(s.id, a.id))))]));
  const byAssignment = new Map(assignments.map((a) => [a.id, averageOf(students.map((s) => countedFigure(a.kind, cellOf(s.id, a.id))))]));
  const overall = averageOf(students.flatMap((s) => quizzes.map((a) => countedFigure(a.kind, cellOf(s.id, a.id)))));
  return { byStudent, byAssignment, overall };
}

export type SortDirection = "asc" | "desc";
/** "name", "average", or an assignment's id. */
export type GradebookSort = { key: string; direction: SortDirection };

export const DEFAULT_SORT: GradebookSort = { key: "name", direction: "asc" };

/** The sort asked for in the page's query (?sort=&dir=), or the default when it names no column. */
export function parseSort(sort: unknown, dir: unknown, assignmentIds: readonly string[]): GradebookSort {
  const key = typeof sort === "string" && (sort === "name" || sort === "average" || assignmentIds.includes(sort)) ? sort : DEFAULT_SORT.key;
  const direction: SortDirection = dir === "desc" ? "desc" : "asc";
  return { key, direction };
}

/** The sort a column's header offers: the other direction when it is the current sort, else ascending. */
export function nextSort(current: GradebookSort, key: string): GradebookSort {
  return { key, direction: current.key === key && current.direction === "asc" ? "desc" : "asc" };
}

/**
 * Students in the order asked for. By a figure (an assignment's or the average), students with no
 * figure come last in either direction; ties, and the name sort itself, go by name then id.
 */
export function sortStudents<S extends AverageStudent>(
  students: readonly S[],
  sort: GradebookSort,
  figureOf: (student: S, key: string) => number | null,
): S[] {
  const byName = (a: S, b: S) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.id.localeCompare(b.id);
  const sign = sort.direction === "asc" ? 1 : -1;
  if (sort.key === "name") return [...students].sort((a, b) => sign * byName(a, b));
  return [...students].sort((a, b) => {
    const x = figureOf(a, sort.key);
    const y = figureOf(b, sort.key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

/** The figure a student is sorted by under `key`: their quiz average, or their figure on one assignment. */
export function sortFigure(
  averages: GradebookAverages,
  assignments: readonly AverageAssignment[],
  cellOf: (studentId: string, assignmentId: string) => FigureCell | undefined,
  studentId: string,
  key: string,
): number | null {
  if (key === "average") return averages.byStudent.get(studentId)?.average ?? null;
  const assignment = assignments.find((a) => a.id === key);
  return assignment ? countedFigure(assignment.kind, cellOf(studentId, key)) : null;
}

/** How the averages are made, in the words the gradebook's legend shows. */
export const AVERAGE_RULES: readonly string[] = [
  "A quiz finished by its due date counts its best score.",
  "Late work counts its score when the assignment accepts late work, and 0 when it does not.",
  "Missing work counts 0.",
  "Work not started or in progress while its due date is ahead is left out until it is due.",
  "A student's quiz average leaves out mastery goals: their column shows predicted recall at the due date, and its class average is the mean of it.",
  "“Counted” says how many figures went into each average.",
];
