// POST /api/attempts: start a quiz on a topic ({ topic, length }), of hand-picked questions
// ({ questionIds }), or a retry of what was missed in an earlier attempt ({ retryOf }).
import { NextResponse } from "next/server";
import { z } from "zod";
import { getBank } from "@/lib/content/bank";
import { apiError, readJsonBody, validateBody } from "@/lib/http/api";
import { route } from "@/lib/http/route";
import { ensureTaker } from "@/lib/auth/taker";
import { PickedQuizInput, retryMissed, startPickedQuiz, startQuiz, StartQuizInput } from "@/lib/quiz/start";

const RetryBody = z.object({ retryOf: z.string().min(1).max(100) }).strict();

/** The three kinds of request are told apart by their key field, so errors speak to the one meant. */
function schemaFor(json: unknown) {
  const has = (key: string) => typeof json === "object" && json !== null && key in json;
  return has("retryOf") ? RetryBody : has("questionIds") ? PickedQuizInput : StartQuizInput;
}

export const POST = route(async (request: Request) => {
  const raw = await readJsonBody(request);
  if (!raw.ok) return raw.response;
  const body = validateBody<z.infer<ReturnType<typeof schemaFor>>>(raw.data, schemaFor(raw.data));
  if (!body.ok) return body.response;
  const taker = await ensureTaker();
  const bank = getBank();
  const data = body.data;
  const result =
    "retryOf" in data
      ? await retryMissed(bank, taker, data.retryOf)
      : "questionIds" in data
        ? await startPickedQuiz(bank, taker, data)
        : await startQuiz(bank, taker, data);
  if (!result.ok) return apiError(result.status, result.status === 404 ? "not_found" : "nothing_to_retry", result.message);
  return NextResponse.json({ id: result.id, url: `/quiz/${result.id}` }, { status: 201 });
});
