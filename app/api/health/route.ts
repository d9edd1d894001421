// GET /api/health: 200 when the app can read its database, 503 when it cannot.
import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route(async () => {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return NextResponse.json({ ok: true });
  } catch {
    return NextResponse.json({ ok: false, error: { code: "database_unavailable", message: "The database is not reachable." } }, { status: 503 });
  }
});
