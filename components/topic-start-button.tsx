"use client";
// One-click start of a ten-question quiz on a single topic, from its card on the home page.
import { useActionState } from "react";
import { startQuizAction } from "@/app/(learn)/actions";
import type { FormState } from "@/lib/http/mutation";

export function TopicStartButton({ topicId, title, length }: { topicId: string; title: string; length: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(startQuizAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="topic" value={topicId} />
      <input type="hidden" name="length" value={length} />
      <button type="submit" className="button small-button" disabled={pending} aria-label={`Quiz: ${length} questions on ${title}`}>
        {pending ? "Starting…" : `Quiz: ${length} questions`}
      </button>
      <span role="status" aria-live="polite" className="error-text small">
        {state.message ?? ""}
      </span>
    </form>
  );
}
