// POST /api/bench/echo: the framework's ceiling for `npm run bench`: read a small JSON body the way
// every route does and answer JSON, with no session and no database. 404 unless OVERFLIGHT_BENCH=1.
import { NextResponse } from "next/server";
import { z } from "zod";
import { env } from "@/lib/env";
import { apiRoute, fail } from "@/lib/http/mutation";

export const POST = apiRoute(
  { access: "guest", body: z.unknown(), allow: () => (env.OVERFLIGHT_BENCH ? null : fail(404, "not_found", "There is nothing here.")) },
  async ({ input }) => NextResponse.json({ ok: true, received: input }, { status: 201 }),
);
