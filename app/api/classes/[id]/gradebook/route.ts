// GET /api/classes/:id/gradebook: the gradebook as CSV, for the class's teacher.
import { loadGradebook } from "@/lib/classroom/gradebook";
import { STATUS_LABELS } from "@/lib/classroom/status";
import { nowFrom } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { apiError } from "@/lib/http/api";
import { csvResponse } from "@/lib/http/csv";
import { route } from "@/lib/http/route";
import { formatPercent } from "@/lib/progress/percent";
import { requireApiTeacher } from "@/lib/http/user";

export const GET = route(async (request: Request, ctx: RouteContext<"/api/classes/[id]/gradebook">) => {
  const auth = await requireApiTeacher();
  if (!auth.ok) return auth.response;
  const { id } = await ctx.params;
  const book = await loadGradebook(auth.user.id, id, getBank(), nowFrom(request.headers));
  if (!book) return apiError(404, "class_not_found", "That class does not exist or is not yours.");
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
});
