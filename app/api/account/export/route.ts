// GET /api/account/export?format=json|csv&table=reviews|cards: the learner's own data, to keep.
import { NextResponse } from "next/server";
import { z } from "zod";
import { exportAccount } from "@/lib/auth/account";
import { csvResponse } from "@/lib/http/csv";
import { apiRoute } from "@/lib/http/mutation";

const ExportQuery = z
  .object({ format: z.enum(["json", "csv"]).default("json"), table: z.enum(["reviews", "cards"]).default("reviews") })
  .strict();

const COLUMNS = {
  reviews: ["id", "factId", "questionId", "rating", "isCorrect", "origin", "stateBefore", "elapsedDays", "timeMs", "reviewedAt", "undoneAt", "cardId", "clientKey"],
  cards: ["factId", "state", "due", "stability", "difficulty", "reps", "lapses", "suspended", "lastReview", "elapsedDays", "scheduledDays", "learningSteps", "version", "createdAt", "id"],
} as const;

export const GET = apiRoute(
  { access: "user", query: ExportQuery, notFound: { code: "not_found", message: "This account no longer exists." } },
  async ({ user, input }) => {
    const data = await exportAccount(user.id);
    if (!data.user) return null;
    const stamp = new Date().toISOString().slice(0, 10);
    if (input.format === "json") {
      return NextResponse.json(data, {
        headers: { "content-disposition": `attachment; filename="overflight-${stamp}.json"` },
      });
    }
    return csvResponse(data[input.table], COLUMNS[input.table], `overflight-${input.table}`);
  },
);
