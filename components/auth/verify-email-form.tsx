"use client";
// Confirming an address through its emailed link: a button, so that a mail scanner that only opens the
// link verifies nothing; the token travels in a hidden field.
import Link from "next/link";
import { useActionState } from "react";
import { verifyEmailAction } from "@/app/(auth)/actions";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(verifyEmailAction, {});
  if (state.made?.verified) {
    return (
      <section className="card stack" aria-labelledby="verify-title">
        <h1 id="verify-title">Address confirmed</h1>
        <p role="status" aria-live="polite" className="status-line">
          {state.message}
        </p>
        <p>
          <Link href="/account">Go to your account</Link>
        </p>
      </section>
    );
  }
  return (
    <form className="card stack" action={action} noValidate aria-labelledby="verify-title">
      <h1 id="verify-title">Confirm your email address</h1>
      <p>Confirm that this address is yours. With a confirmed address you can choose a new password by email if you forget yours.</p>
      <input type="hidden" name="token" value={token} />
      <FormFooter label="Confirm my address" pendingLabel="Confirming…" pending={pending} message={state.message} />
    </form>
  );
}
