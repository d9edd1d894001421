"use client";
// "Retry what I missed": a new quiz made of the questions this attempt got wrong.
import { useActionState } from "react";
import { retryMissedAction } from "@/app/(learn)/actions";
import type { FormState } from "@/lib/http/mutation";

export function RetryMissedButton({ attemptId, count }: { attemptId: string; count: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(retryMissedAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="attemptId" value={attemptId} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Starting…" : `Retry what I missed (${count})`}
      </button>
      <span role="status" aria-live="polite" className="error-text small">
        {state.message ?? ""}
      </span>
    </form>
  );
}
