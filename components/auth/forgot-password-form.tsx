"use client";
// "Forgot your password?": the address to send a reset link to. The answer is the same whether or
// not the address has an account. A real form with a server action, so it works before JavaScript.
import Link from "next/link";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/actions";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(requestPasswordResetAction, {});
  return (
    <form className="card stack" action={action} noValidate aria-labelledby="forgot-title">
      <h1 id="forgot-title">Forgot your password?</h1>
      <p>Enter the email address of your account. We will send it a link to choose a new password.</p>
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={state.values?.email} error={state.fields?.email} />
      <FormFooter label="Send me a reset link" pendingLabel="Sending…" pending={pending} message={state.message} />
      <p className="muted small">
        No email address, or no email arrives? Your teacher can make a reset link for you. <Link href="/sign-in">Back to sign in</Link>
      </p>
    </form>
  );
}
