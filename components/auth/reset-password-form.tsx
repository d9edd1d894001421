"use client";
// The new password, through a reset link (emailed or handed over by a teacher). The token travels in a
// hidden field; on success the action signs this browser in and every older session ends.
import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, {});
  const isRefused = state.message !== undefined && !state.fields?.password;
  return (
    <form className="card stack" action={action} noValidate aria-labelledby="reset-title">
      <h1 id="reset-title">Choose a new password</h1>
      <p>Your new password replaces the old one, signs you in here and signs you out everywhere else.</p>
      <input type="hidden" name="token" value={token} />
      <Field id="password" name="password" type="password" label="New password" hint="At least 8 characters." autoComplete="new-password" required error={state.fields?.password} />
      <FormFooter label="Set the new password" pendingLabel="Saving…" pending={pending} message={state.message} />
      {isRefused && (
        <p>
          <Link href="/forgot-password">Ask for a new reset link</Link>
        </p>
      )}
    </form>
  );
}
