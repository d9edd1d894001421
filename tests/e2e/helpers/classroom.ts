// Classroom steps the journeys share: answering an assignment's multiple-choice questions over the API.
import { expect, type APIRequestContext } from "@playwright/test";
import type { Question } from "../../../lib/content/schema";

export type Choice = Extract<Question, { type: "multiple_choice" }>;

/** Answers each question of `questions` in the attempt: right, except `wrongOn` (its first distractor). */
export async function answerViaApi(request: APIRequestContext, attemptId: string, questions: readonly Choice[], wrongOn: string | null, headers: Record<string, string> = {}) {
  for (const q of questions) {
    const choice = q.id === wrongOn ? q.distractors[0]! : q.answer;
    const res = await request.post(`/api/attempts/${attemptId}/answers`, {
      data: { questionId: q.id, clientKey: `k-${attemptId.slice(-8)}-${q.id}`.slice(0, 64), response: { kind: "choice", choice }, timeMs: 5000 },
      headers,
    });
    expect(res.status(), await res.text()).toBe(201);
  }
}
