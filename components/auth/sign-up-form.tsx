"use client";
// Sign-up: a real form posting to a server action, so it works before the page's JavaScript has
// loaded. The browser's time zone is filled in once it has (UTC until then).
import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/app/(auth)/actions";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/mutation";

function fillTimeZone(input: HTMLInputElement | null) {
  if (input) input.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  const fields = state.fields ?? {};
  const role = state.values?.role === "teacher" ? "teacher" : "learner";
  return (
    <form className="card stack" action={action} noValidate aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create an account</h1>
      <p className="muted">Your quizzes on this browser move to the new account.</p>
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <input type="hidden" name="timeZone" defaultValue="" ref={fillTimeZone} />
      <Field id="name" name="name" label="Name" autoComplete="name" required maxLength={80} defaultValue={state.values?.name} error={fields.name} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={state.values?.email} error={fields.email} />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        hint="At least 8 characters. A passphrase of a few words works well; paste from a password manager is fine."
        autoComplete="new-password"
        required
        error={fields.password}
      />
      <fieldset>
        <legend>I am a</legend>
        <ul className="options">
          <li>
            <label className="option">
              <input type="radio" name="role" value="learner" defaultChecked={role === "learner"} /> Learner
            </label>
          </li>
          <li>
            <label className="option">
              <input type="radio" name="role" value="teacher" defaultChecked={role === "teacher"} /> Teacher (I will set work for a class)
            </label>
          </li>
        </ul>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
        <Link href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}>I already have an account</Link>
      </div>
      <p role="status" aria-live="polite" className="error-text">
        {state.message ?? ""}
      </p>
    </form>
  );
}
