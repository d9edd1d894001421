// PATCH /api/classes/:id { action }: the class's teacher makes a new join code, archives or
// restores the class.
import { NextResponse } from "next/server";
import { z } from "zod";
import { regenerateCode, setArchived } from "@/lib/classroom/classes";
import { nowFrom } from "@/lib/time/clock";
import { apiError, readJson } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiTeacher } from "@/lib/http/user";

const ClassAction = z.object({ action: z.enum(["regenerate-code", "archive", "unarchive"], { error: "action is regenerate-code, archive or unarchive" }) }).strict();

export const PATCH = route(async (request: Request, ctx: RouteContext<"/api/classes/[id]">) => {
  const auth = await requireApiTeacher();
  if (!auth.ok) return auth.response;
  const body = await readJson(request, ClassAction);
  if (!body.ok) return body.response;
  const { id } = await ctx.params;
  const notFound = () => apiError(404, "class_not_found", "That class does not exist or is not yours.");
  if (body.data.action === "regenerate-code") {
    const joinCode = await regenerateCode(auth.user.id, id);
    return joinCode ? NextResponse.json({ joinCode }) : notFound();
  }
  const archived = body.data.action === "archive";
  const done = await setArchived(auth.user.id, id, archived, nowFrom(request.headers));
  return done ? NextResponse.json({ archived }) : notFound();
});
