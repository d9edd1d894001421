// POST /api/classes { name }: a teacher creates a class and gets its join code.
import { NextResponse } from "next/server";
import { ClassName, createClass } from "@/lib/classroom/classes";
import { readJson } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiTeacher } from "@/lib/http/user";

export const POST = route(async (request: Request) => {
  const auth = await requireApiTeacher();
  if (!auth.ok) return auth.response;
  const body = await readJson(request, ClassName);
  if (!body.ok) return body.response;
  const created = await createClass(auth.user.id, body.data.name);
  return NextResponse.json({ id: created.id, joinCode: created.joinCode, url: `/teach/classes/${created.id}` }, { status: 201 });
});
