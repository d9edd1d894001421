// GET /api/classes/:id/gradebook: the gradebook as CSV, for the class's teacher.
import { loadGradebook } from "@/lib/classroom/gradebook";
import { STATUS_LABELS } from "@/lib/classroom/status";
import { nowFrom } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { csvResponse } from "@/lib/http/csv";
import { apiRoute } from "@/lib/http/mutation";
import { formatPercent } from "@/lib/progress/percent";

export const GET = apiRoute(
  { access: "teacher", notFound: { code: "class_not_found", message: "That class does not exist or is not yours." } },
  async ({ request, user }, ctx: RouteContext<"/api/classes/[id]/gradebook">) => {
    const { id } = await ctx.params;
    const book = await loadGradebook(user.id, id, getBank(), nowFrom(request.headers));
    if (!book) return null;
    const rows = book.students.flatMap((s) =>
      book.assignments.map((a) => {
        const cell = book.cells.get(`${s.id}:${a.id}`);
        return {
          student: s.name,
          email: s.email,
          assignment: a.title,
          kind: a.kind,
          dueAt: a.dueAt,
          status: cell ? STATUS_LABELS[cell.status] : "",
          score: formatPercent(cell?.score),
          recall: formatPercent(cell?.recall),
          attemptsUsed: cell?.attemptsUsed ?? 0,
        };
      }),
    );
    return csvResponse(rows, ["student", "email", "assignment", "kind", "dueAt", "status", "score", "recall", "attemptsUsed"], `gradebook-${book.name}`);
  },
);
