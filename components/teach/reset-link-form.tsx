"use client";
// A reset link for a student who cannot get into their account: the teacher makes it here and hands it
// over (it is shown once, to copy). A real form posting to a server action.
import { useActionState } from "react";
import { makeResetLinkAction } from "@/app/(teach)/teach/classes/[id]/students/[sid]/actions";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";
import { CopyLink } from "./copy-link";

export function ResetLinkForm({ classId, studentId, studentName, last }: { classId: string; studentId: string; studentName: string; last: string | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(makeResetLinkAction, {});
  return (
    <section className="card stack" aria-labelledby="reset-link-title">
      <h2 id="reset-link-title">Password reset link</h2>
      <p>
        If {studentName} cannot sign in, make a link for them to choose a new password. It works once, for 24 hours; give it to them in person, not in
        a shared chat. Their cards and results stay.
      </p>
      {last && <p className="muted small">{last}</p>}
      <form className="stack" action={action} noValidate aria-label={`Make a reset link for ${studentName}`}>
        <input type="hidden" name="classId" value={classId} />
        <input type="hidden" name="studentId" value={studentId} />
        <FormFooter label={state.made?.link ? "Make a new link" : "Make a reset link"} pendingLabel="Making…" pending={pending} message={state.message} />
      </form>
      {state.made?.link && <CopyLink url={state.made.link} testId="reset-link" />}
    </section>
  );
}
