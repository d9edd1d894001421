// DELETE /api/classes/:id/assignments/:aid: the class's teacher withdraws an assignment.
import { NextResponse } from "next/server";
import { deleteAssignment } from "@/lib/classroom/assignments";
import { apiRoute } from "@/lib/http/mutation";

export const DELETE = apiRoute(
  { access: "teacher", notFound: { code: "assignment_not_found", message: "That assignment does not exist or is not yours." } },
  async ({ user }, ctx: RouteContext<"/api/classes/[id]/assignments/[aid]">) => {
    const { id, aid } = await ctx.params;
    return (await deleteAssignment(user.id, id, aid)) ? NextResponse.json({ deleted: true }) : null;
  },
);
