// GET /api/health: 200 when the app can read its database, 503 when it cannot.
import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { apiRoute, fail } from "@/lib/http/mutation";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "guest" }, async () => {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return NextResponse.json({ ok: true });
  } catch {
    return fail(503, "database_unavailable", "The database is not reachable.");
  }
});
