// PATCH /api/classes/:id { action }: the class's teacher makes a new join code, archives or
// restores the class.
import { NextResponse } from "next/server";
import { z } from "zod";
import { regenerateCode, setArchived } from "@/lib/classroom/classes";
import { nowFrom } from "@/lib/time/clock";
import { apiRoute } from "@/lib/http/mutation";

const ClassAction = z.object({ action: z.enum(["regenerate-code", "archive", "unarchive"], { error: "action is regenerate-code, archive or unarchive" }) }).strict();

export const PATCH = apiRoute(
  { access: "teacher", body: ClassAction, notFound: { code: "class_not_found", message: "That class does not exist or is not yours." } },
  async ({ request, user, input }, ctx: RouteContext<"/api/classes/[id]">) => {
    const { id } = await ctx.params;
    if (input.action === "regenerate-code") {
      const joinCode = await regenerateCode(user.id, id);
      return joinCode ? NextResponse.json({ joinCode }) : null;
    }
    const archived = input.action === "archive";
    return (await setArchived(user.id, id, archived, nowFrom(request.headers))) ? NextResponse.json({ archived }) : null;
  },
);
