// POST /api/classes { name }: a teacher creates a class and gets its join code.
import { NextResponse } from "next/server";
import { ClassName, createClass } from "@/lib/classroom/classes";
import { apiRoute } from "@/lib/http/mutation";

export const POST = apiRoute({ access: "teacher", body: ClassName }, async ({ user, input }) => {
  const created = await createClass(user.id, input.name);
  return NextResponse.json({ id: created.id, joinCode: created.joinCode, url: `/teach/classes/${created.id}` }, { status: 201 });
});
