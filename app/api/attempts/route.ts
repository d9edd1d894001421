// POST /api/attempts: start a quiz ({ topic, length }) or retry what was missed ({ retryOf }).
import { NextResponse } from "next/server";
import { z } from "zod";
import { ensureLearnerId } from "@/lib/auth/learner";
import { getBank } from "@/lib/content/bank";
import { apiError, readJson } from "@/lib/http/api";
import { retryMissed, startQuiz, StartQuizInput } from "@/lib/quiz/start";

const Body = z.union([StartQuizInput, z.object({ retryOf: z.string().min(1).max(100) }).strict()]);

export async function POST(request: Request) {
  const body = await readJson(request, Body);
  if (!body.ok) return body.response;
  const learnerId = await ensureLearnerId();
  const bank = getBank();
  const result =
    "retryOf" in body.data
      ? await retryMissed(bank, learnerId, body.data.retryOf)
      : await startQuiz(bank, learnerId, body.data);
  if (!result.ok) return apiError(result.status, result.status === 404 ? "not_found" : "nothing_to_retry", result.message);
  return NextResponse.json({ id: result.id, url: `/quiz/${result.id}` }, { status: 201 });
}
