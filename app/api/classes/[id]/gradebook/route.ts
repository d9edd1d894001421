// GET /api/classes/:id/gradebook: the gradebook as CSV, for the class's teacher: the grid the page
// shows (default), or ?layout=detail for one row per student and assignment.
import { z } from "zod";
import { loadGradebook } from "@/lib/classroom/gradebook";
import { gradebookDetail, gradebookGrid } from "@/lib/classroom/gradebook-csv";
import { nowFrom } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { csvResponse } from "@/lib/http/csv";
import { apiRoute } from "@/lib/http/mutation";

const GradebookQuery = z
  .object({ layout: z.enum(["grid", "detail"], { message: 'The layout is "grid" (the default) or "detail".' }).default("grid") })
  .strip();

export const GET = apiRoute(
  { access: "teacher", query: GradebookQuery, notFound: { code: "class_not_found", message: "That class does not exist or is not yours." } },
  async ({ request, user, input }, ctx: RouteContext<"/api/classes/[id]/gradebook">) => {
    const { id } = await ctx.params;
    const book = await loadGradebook(user.id, id, getBank(), nowFrom(request.headers));
    if (!book) return null;
    const { rows, columns } = input.layout === "detail" ? gradebookDetail(book) : gradebookGrid(book);
    return csvResponse(rows, columns, `gradebook-${input.layout === "detail" ? "detail-" : ""}${book.name}`);
  },
);
