"use client";
// The "start a quiz" form: topic (or mixed) and length. Works without JavaScript too, since it
// posts to a server action; errors are announced in a live region.
import { useActionState, useId } from "react";
import { startQuizAction } from "@/app/(learn)/actions";
import type { FormState } from "@/lib/http/mutation";
import { TopicOptions } from "@/components/ui/topic-options";

type Props = { topics: { id: string; title: string }[]; lengths: readonly number[] };

export function StartQuizForm({ topics, lengths }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(startQuizAction, {});
  const id = useId();
  return (
    <form action={action} className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Start a quiz</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-topic`}>Topic</label>
          <select id={`${id}-topic`} name="topic" defaultValue="mixed">
            <TopicOptions topics={topics} withMixed />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-length`}>Questions</label>
          <select id={`${id}-length`} name="length" defaultValue={String(lengths[1] ?? lengths[0])}>
            {lengths.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Starting…" : "Start quiz"}
        </button>
      </div>
      <p role="status" aria-live="polite" className="error-text">
        {state.message ?? ""}
      </p>
    </form>
  );
}
