// DELETE /api/classes/:id/members/:userId: the class's teacher removes a student.
import { NextResponse } from "next/server";
import { removeStudent } from "@/lib/classroom/classes";
import { apiRoute } from "@/lib/http/mutation";

export const DELETE = apiRoute(
  { access: "teacher", notFound: { code: "member_not_found", message: "That student is not in a class of yours." } },
  async ({ user }, ctx: RouteContext<"/api/classes/[id]/members/[userId]">) => {
    const { id, userId } = await ctx.params;
    return (await removeStudent(user.id, id, userId)) ? NextResponse.json({ removed: true }) : null;
  },
);
