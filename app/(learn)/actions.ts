"use server";
// Form actions of the quiz pages. They validate their input with the same schemas as the JSON
// API and answer with messages for the form's live region, never a crash.
import { redirect } from "next/navigation";
import { getBank } from "@/lib/content/bank";
import { runFormAction } from "@/lib/http/action";
import { fieldErrors } from "@/lib/http/api";
import { ensureTaker } from "@/lib/auth/taker";
import { retryMissed, RetryInput, startQuiz, StartQuizInput } from "@/lib/quiz/start";

export type FormState = { message?: string; fields?: Record<string, string> };

export async function startQuizAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, startQuizFrom);
}

export async function retryMissedAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, retryMissedFrom);
}

async function startQuizFrom(formData: FormData): Promise<FormState> {
  const parsed = StartQuizInput.safeParse({ topic: formData.get("topic"), length: formData.get("length") });
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    return { message: `Could not start the quiz: ${Object.values(fields).join("; ")}.`, fields };
  }
  const result = await startQuiz(getBank(), await ensureTaker(), parsed.data);
  if (!result.ok) return { message: result.message };
  redirect(`/quiz/${result.id}`);
}

async function retryMissedFrom(formData: FormData): Promise<FormState> {
  const parsed = RetryInput.safeParse({ attemptId: formData.get("attemptId") });
  if (!parsed.success) return { message: "Could not tell which quiz to retry." };
  const result = await retryMissed(getBank(), await ensureTaker(), parsed.data.attemptId);
  if (!result.ok) return { message: result.message };
  redirect(`/quiz/${result.id}`);
}
