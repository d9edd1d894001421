// The gradebook's averages, its sort order and its CSV shapes, on plain data.
import { describe, expect, it } from "vitest";
import {
  averageOf,
  countedFigure,
  gradebookAverages,
  nextSort,
  parseSort,
  sortFigure,
  sortStudents,
  type FigureCell,
} from "@/lib/classroom/averages";
import { assignmentHeaders, gradebookDetail, gradebookGrid, type GradebookForCsv } from "@/lib/classroom/gradebook-csv";
import type { AssignmentStatus } from "@/lib/classroom/status";

const cell = (status: AssignmentStatus, score: number | null = null, recall: number | null = null): FigureCell => ({ status, score, recall });

describe("countedFigure", () => {
  it.each([
    ["on time counts its score", "quiz", cell("submitted", 0.8), 0.8],
    ["late work accepted counts its score", "quiz", cell("late", 0.6), 0.6],
    ["late work not accepted counts 0 (its score is null)", "quiz", cell("late", null), 0],
    ["missing counts 0", "quiz", cell("missing"), 0],
    ["not started before the due date is left out", "quiz", cell("not_started"), null],
    ["in progress before the due date is left out", "quiz", cell("in_progress"), null],
    ["a mastery goal counts its predicted recall", "mastery", cell("in_progress", null, 0.42), 0.42],
    ["a mastery goal missed still counts its recall", "mastery", cell("missing", null, 0.3), 0.3],
    ["no cell is left out", "quiz", undefined, null],
  ] as const)("%s", (_name, kind, c, expected) => {
    expect(countedFigure(kind, c)).toBe(expected);
  });
});

describe("averageOf", () => {
  it("averages the figures that count and says how many did", () => {
    expect(averageOf([1, null, 0.5, 0])).toEqual({ average: 0.5, counted: 3 });
  });
  it("has no average when nothing counts", () => {
    expect(averageOf([null, null])).toEqual({ average: null, counted: 0 });
    expect(averageOf([])).toEqual({ average: null, counted: 0 });
  });
});

const students = [
  { id: "s1", name: "Zoë" },
  { id: "s2", name: "adam" },
  { id: "s3", name: "Łukasz" },
  { id: "s4", name: "Bea" },
];
const assignments = [
  { id: "q1", kind: "quiz" },
  { id: "q2", kind: "quiz" },
  { id: "m1", kind: "mastery" },
];
const cells = new Map<string, FigureCell>([
  ["s1:q1", cell("submitted", 1)],
  ["s1:q2", cell("late", 0.5)],
  ["s1:m1", cell("in_progress", null, 0.9)],
  ["s2:q1", cell("submitted", 2 / 3)],
  ["s2:q2", cell("not_started")],
  ["s2:m1", cell("not_started", null, 0)],
  ["s3:q1", cell("missing")],
  ["s3:q2", cell("late", null)],
  ["s3:m1", cell("submitted", null, 0.95)],
  ["s4:q1", cell("in_progress")],
  ["s4:q2", cell("not_started")],
  ["s4:m1", cell("in_progress", null, 0.5)],
]);
const cellOf = (s: string, a: string) => cells.get(`${s}:${a}`);

describe("gradebookAverages", () => {
  const averages = gradebookAverages(students, assignments, cellOf);

  it("averages each student over the quizzes that count, leaving mastery out", () => {
    expect(averages.byStudent.get("s1")).toEqual({ average: 0.75, counted: 2 });
    expect(averages.byStudent.get("s2")).toEqual({ average: 2 / 3, counted: 1 });
    expect(averages.byStudent.get("s3")).toEqual({ average: 0, counted: 2 });
    expect(averages.byStudent.get("s4")).toEqual({ average: null, counted: 0 });
  });

  it("averages each assignment over the students it counts for; mastery by predicted recall", () => {
    expect(averages.byAssignment.get("q1")).toEqual({ average: (1 + 2 / 3 + 0) / 3, counted: 3 });
    expect(averages.byAssignment.get("q2")).toEqual({ average: 0.25, counted: 2 });
    expect(averages.byAssignment.get("m1")?.counted).toBe(4);
    expect(averages.byAssignment.get("m1")?.average).toBeCloseTo((0.9 + 0 + 0.95 + 0.5) / 4, 12);
  });

  it("gives the class's quiz average over every counted quiz cell", () => {
    expect(averages.overall).toEqual({ average: (1 + 0.5 + 2 / 3 + 0 + 0) / 5, counted: 5 });
  });
});

describe("sorting the gradebook", () => {
  const averages = gradebookAverages(students, assignments, cellOf);
  const figure = (s: { id: string }, key: string) => sortFigure(averages, assignments, cellOf, s.id, key);
  const names = (key: string, direction: "asc" | "desc") => sortStudents(students, { key, direction }, figure).map((s) => s.name);

  it("sorts by name regardless of case and accents, both ways", () => {
    expect(names("name", "asc")).toEqual(["adam", "Bea", "Łukasz", "Zoë"]);
    expect(names("name", "desc")).toEqual(["Zoë", "Łukasz", "Bea", "adam"]);
  });

  it("sorts by an assignment's figure, students without one last either way", () => {
    expect(names("q1", "asc")).toEqual(["Łukasz", "adam", "Zoë", "Bea"]);
    expect(names("q1", "desc")).toEqual(["Zoë", "adam", "Łukasz", "Bea"]);
  });

  it("sorts by the average, ties and missing figures by name", () => {
    expect(names("average", "asc")).toEqual(["Łukasz", "adam", "Zoë", "Bea"]);
    expect(names("average", "desc")).toEqual(["Zoë", "adam", "Łukasz", "Bea"]);
    expect(names("m1", "desc")).toEqual(["Łukasz", "Zoë", "Bea", "adam"]);
  });

  it("reads the sort from the query, falling back to names for anything unknown", () => {
    expect(parseSort("q2", "desc", ["q1", "q2"])).toEqual({ key: "q2", direction: "desc" });
    expect(parseSort("average", undefined, [])).toEqual({ key: "average", direction: "asc" });
    expect(parseSort("other-class-assignment", "desc", ["q1"])).toEqual({ key: "name", direction: "desc" });
    expect(parseSort(["q1", "q2"], "sideways", ["q1"])).toEqual({ key: "name", direction: "asc" });
  });

  it("offers the other direction on the sorted column, ascending on the others", () => {
    expect(nextSort({ key: "q1", direction: "asc" }, "q1")).toEqual({ key: "q1", direction: "desc" });
    expect(nextSort({ key: "q1", direction: "desc" }, "q1")).toEqual({ key: "q1", direction: "asc" });
    expect(nextSort({ key: "q1", direction: "desc" }, "name")).toEqual({ key: "name", direction: "asc" });
  });
});

describe("the gradebook CSV", () => {
  const due = new Date("2026-12-01T17:00:00Z");
  const full = (status: AssignmentStatus, score: number | null, lateScore: number | null = null) => ({
    status,
    score,
    lateScore,
    lateCounts: false,
    recall: null,
    attemptsUsed: score === null && lateScore === null ? 0 : 1,
    dueAt: due,
    isExtended: false,
  });
  const book: GradebookForCsv = {
    students: [
      { id: "s1", name: "Zoë", email: "zoe@example.org" },
      { id: "s2", name: "Adam", email: "adam@example.org" },
    ],
    assignments: [
      { id: "q1", title: "Open Skies", kind: "quiz", dueAt: due, lateCounts: false },
      { id: "q2", title: "Open Skies", kind: "quiz", dueAt: due, lateCounts: false },
    ],
    cells: new Map([
      ["s1:q1", full("submitted", 5 / 6)],
      ["s1:q2", full("late", null, 2 / 3)],
      ["s2:q1", full("missing", null)],
      ["s2:q2", full("submitted", 1)],
    ]),
    averages: gradebookAverages(
      [
        { id: "s1", name: "Zoë" },
        { id: "s2", name: "Adam" },
      ],
      [
        { id: "q1", kind: "quiz" },
        { id: "q2", kind: "quiz" },
      ],
      (s, a) => (s === "s1" ? (a === "q1" ? cell("submitted", 5 / 6) : cell("late", null)) : a === "q1" ? cell("missing") : cell("submitted", 1)),
    ),
  };

  it("makes assignment headers unique, never taking a fixed column's name", () => {
    expect(assignmentHeaders(["Quiz", "Quiz", "Student", "Quiz"], ["Student", "Email"])).toEqual(["Quiz", "Quiz (2)", "Student (2)", "Quiz (3)"]);
  });

  it("writes the grid with readable headers, whole percents and a class average row", () => {
    const { rows, columns } = gradebookGrid(book);
    expect(columns).toEqual(["Student", "Email", "Open Skies", "Open Skies: status", "Open Skies (2)", "Open Skies (2): status", "Quiz average"]);
    expect(rows).toEqual([
      { Student: "Zoë", Email: "zoe@example.org", "Open Skies": "83%", "Open Skies: status": "Submitted · 83%", "Open Skies (2)": "0%", "Open Skies (2): status": "Late · 67% · does not count", "Quiz average": "42%" },
      { Student: "Adam", Email: "adam@example.org", "Open Skies": "0%", "Open Skies: status": "Missing", "Open Skies (2)": "100%", "Open Skies (2): status": "Submitted · 100%", "Quiz average": "50%" },
      { Student: "Class average", Email: "", "Open Skies": "42%", "Open Skies: status": "2 counted", "Open Skies (2)": "50%", "Open Skies (2): status": "2 counted", "Quiz average": "46%" },
    ]);
  });

  it("writes the detail with one row per student and assignment", () => {
    const { rows, columns } = gradebookDetail(book);
    expect(columns[0]).toBe("Student");
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatchObject({ Student: "Zoë", Assignment: "Open Skies", Status: "Late", Score: "", "Late score": "67%", "Late work counts": "no", "Counted in averages": "0%" });
  });
});
