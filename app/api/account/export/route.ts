// GET /api/account/export?format=json|csv&table=reviews|cards: the learner's own data, to keep.
import { NextResponse } from "next/server";
import { z } from "zod";
import { exportAccount } from "@/lib/auth/account";
import { apiError, validateBody } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { requireApiUser } from "@/lib/http/user";
import { csvResponse } from "@/lib/http/csv";

const ExportQuery = z
  .object({ format: z.enum(["json", "csv"]).default("json"), table: z.enum(["reviews", "cards"]).default("reviews") })
  .strict();

const COLUMNS = {
  reviews: ["id", "factId", "questionId", "rating", "isCorrect", "origin", "stateBefore", "elapsedDays", "timeMs", "reviewedAt", "undoneAt", "cardId", "clientKey"],
  cards: ["factId", "state", "due", "stability", "difficulty", "reps", "lapses", "suspended", "lastReview", "elapsedDays", "scheduledDays", "learningSteps", "version", "createdAt", "id"],
} as const;

export const GET = route(async (request: Request) => {
  const auth = await requireApiUser();
  if (!auth.ok) return auth.response;
  const query = validateBody(Object.fromEntries(new URL(request.url).searchParams), ExportQuery);
  if (!query.ok) return query.response;
  const data = await exportAccount(auth.user.id);
  if (!data.user) return apiError(404, "not_found", "This account no longer exists.");
  const stamp = new Date().toISOString().slice(0, 10);
  if (query.data.format === "json") {
    return NextResponse.json(data, {
      headers: { "content-disposition": `attachment; filename="overflight-${stamp}.json"` },
    });
  }
  const table = query.data.table;
  return csvResponse(data[table], COLUMNS[table], `overflight-${table}`);
});
