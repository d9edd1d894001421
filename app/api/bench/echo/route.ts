// POST /api/bench/echo: the framework's ceiling for `npm run bench`: read a small JSON body the way
// every route does and answer JSON, with no session and no database. 404 unless OVERFLIGHT_BENCH=1.
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { apiError, readJsonBody } from "@/lib/http/api";

export async function POST(request: Request) {
  if (!env.OVERFLIGHT_BENCH) return apiError(404, "not_found", "There is nothing here.");
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  return NextResponse.json({ ok: true, received: body.data }, { status: 201 });
}
