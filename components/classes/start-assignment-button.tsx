"use client";
// Starts (or resumes) a quiz assignment and opens it in the ordinary quiz screen: a one-button form
// with a server action, so it works before the page's JavaScript has loaded.
import { useActionState } from "react";
import { startAssignmentAction } from "@/app/(learn)/classes/actions";
import type { FormState } from "@/lib/http/mutation";

export function StartAssignmentButton({ id, title, resume }: { id: string; title: string; resume: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(startAssignmentAction, {});
  return (
    <form action={action} className="action-button">
      <input type="hidden" name="assignmentId" value={id} />
      <button type="submit" className="button small-button" disabled={pending} aria-label={`${resume ? "Continue" : "Start"} ${title}`}>
        {resume ? "Continue" : "Start"}
      </button>
      <span role="status" aria-live="polite" className="small">
        {state.message ?? ""}
      </span>
    </form>
  );
}
