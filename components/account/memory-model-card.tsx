"use client";
// The learner's memory model on the account page: fitted (when, from how many reviews) or the defaults
// (how many reviews until a fit), the daily reviews to expect, and a reset to the defaults confirmed by a
// tick. A real form with a server action, so it works before the page's JavaScript has loaded. (Not
// FormFooter: its status line sits in the form, and this form is gone once the reset is done.)
import { useActionState } from "react";
import { resetMemoryModelAction } from "@/app/(learn)/account/actions";
import { Check } from "@/components/ui/choice";
import type { FormState } from "@/lib/http/mutation";

export type MemoryModelView = {
  /** "fitted on 3 Dec 2026 from 412 reviews" or "FSRS's defaults (needs 37 more reviews)". */
  summary: string;
  detail: string;
  isFitted: boolean;
  /** "about 14 reviews a day" over the next month, at the learner's desired retention. */
  workload: string;
};

export function MemoryModelCard({ model }: { model: MemoryModelView }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetMemoryModelAction, {});
  const fields = state.fields ?? {};
  return (
    <section className="card stack" aria-labelledby="memory-title">
      <h2 id="memory-title">Memory model</h2>
      <p data-testid="memory-model">
        Your memory model: <strong>{model.summary}</strong>
      </p>
      <p className="muted">{model.detail}</p>
      <p data-testid="workload">{model.workload}</p>
      {model.isFitted ? (
        <form className="stack" action={action} noValidate aria-labelledby="reset-title">
          <h3 id="reset-title">Reset to defaults</h3>
          <p className="muted">After a reset, your next reviews are scheduled with FSRS&apos;s default parameters; the reviews you have done keep theirs. A new fit follows after 100 more reviews.</p>
          <Check
            name="confirm"
            label="Yes, go back to the default parameters"
            aria-invalid={fields.confirm ? true : undefined}
            aria-describedby={fields.confirm ? "confirm-error" : undefined}
          />
          {fields.confirm ? (
            <span id="confirm-error" className="error-text small">
              {fields.confirm}
            </span>
          ) : null}
          <div className="actions">
            <button type="submit" className="button secondary" disabled={pending}>
              {pending ? "Resetting…" : "Reset to defaults"}
            </button>
          </div>
        </form>
      ) : null}
      {/* Outside the form: after a reset the form goes, and the outcome is still announced here. */}
      <p role="status" aria-live="polite" className="status-line">
        {state.message ?? ""}
      </p>
    </section>
  );
}
