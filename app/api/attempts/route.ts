// POST /api/attempts: start a quiz on a topic ({ topic, length }), of hand-picked questions
// ({ questionIds }), or a retry of what was missed in an earlier attempt ({ retryOf }).
import { NextResponse } from "next/server";
import { z } from "zod";
import { bankForViewer } from "@/lib/authoring/store";
import { apiRoute, fail } from "@/lib/http/mutation";
import { ensureTaker } from "@/lib/auth/taker";
import { PickedQuizInput, retryMissed, startPickedQuiz, startQuiz, StartQuizInput } from "@/lib/quiz/start";

const RetryBody = z.object({ retryOf: z.string().min(1).max(100) }).strict();
type StartBody = z.infer<typeof RetryBody> | z.infer<typeof PickedQuizInput> | z.infer<typeof StartQuizInput>;

/** The three kinds of request are told apart by their key field, so errors speak to the one meant. */
function schemaFor(json: unknown): z.ZodType<StartBody> {
  const has = (key: string) => typeof json === "object" && json !== null && key in json;
  return has("retryOf") ? RetryBody : has("questionIds") ? PickedQuizInput : StartQuizInput;
}

export const POST = apiRoute({ access: "guest", body: schemaFor }, async ({ input }) => {
  const taker = await ensureTaker();
  const bank = await bankForViewer(taker.userId);
  const result =
    "retryOf" in input
      ? await retryMissed(bank, taker, input.retryOf)
      : "questionIds" in input
        ? await startPickedQuiz(bank, taker, input)
        : await startQuiz(bank, taker, input);
  if (!result.ok) return fail(result.status, result.status === 404 ? "not_found" : "nothing_to_retry", result.message);
  return NextResponse.json({ id: result.id, url: `/quiz/${result.id}` }, { status: 201 });
});
