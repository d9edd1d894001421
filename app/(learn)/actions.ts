"use server";
// Form actions of the quiz pages, through the one mutation path (lib/http/mutation.ts): the same
// schemas as the JSON API, answers as messages for the form's live region, never a crash.
import { redirect } from "next/navigation";
import { ensureTaker } from "@/lib/auth/taker";
import { bankForViewer } from "@/lib/authoring/store";
import { fail, formAction, type FormState } from "@/lib/http/mutation";
import { retryMissed, RetryInput, startQuiz, StartQuizInput } from "@/lib/quiz/start";

const startQuizFrom = formAction(
  { access: "guest", input: StartQuizInput, fields: (form) => ({ topic: form.get("topic"), length: form.get("length") }), invalid: "Could not start the quiz" },
  async ({ input }) => {
    const taker = await ensureTaker();
    const result = await startQuiz(await bankForViewer(taker.userId), taker, input);
    if (!result.ok) return fail(result.status, "cannot_start", result.message);
    redirect(`/quiz/${result.id}`);
  },
);

const retryMissedFrom = formAction(
  { access: "guest", input: RetryInput, fields: (form) => ({ attemptId: form.get("attemptId") }), invalid: "Could not tell which quiz to retry" },
  async ({ input }) => {
    const taker = await ensureTaker();
    const result = await retryMissed(await bankForViewer(taker.userId), taker, input.attemptId);
    if (!result.ok) return fail(result.status, "cannot_retry", result.message);
    redirect(`/quiz/${result.id}`);
  },
);

export async function startQuizAction(previous: FormState, form: FormData): Promise<FormState> {
  return startQuizFrom(previous, form);
}

export async function retryMissedAction(previous: FormState, form: FormData): Promise<FormState> {
  return retryMissedFrom(previous, form);
}
