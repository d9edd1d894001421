"use client";
// The account's email address: whether it is verified, a verification link on demand, and a change of
// address that takes effect only once the new address's link is opened. Real forms with server actions.
import { useActionState } from "react";
import { changeEmailAction, sendVerificationAction } from "@/app/(learn)/account/actions";
import { Badge } from "@/components/ui/badge";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

type Props = { email: string; isVerified: boolean; pendingEmail: string | null; canSendEmail: boolean; hasPassword: boolean };

export function EmailCard({ email, isVerified, pendingEmail, canSendEmail, hasPassword }: Props) {
  const [sent, send, sending] = useActionState<FormState, FormData>(sendVerificationAction, {});
  const [changed, change, changing] = useActionState<FormState, FormData>(changeEmailAction, {});
  return (
    <section className="card stack" aria-labelledby="email-title">
      <h2 id="email-title">Email address</h2>
      <p className="email-line">
        <span data-testid="account-email">{email}</span>{" "}
        {isVerified ? <Badge tone="right">Verified</Badge> : <Badge tone="note">Not verified</Badge>}
      </p>
      {pendingEmail && (
        <p className="muted" data-testid="pending-email">
          Waiting for you to open the link we sent to {pendingEmail}. Until then your address stays {email}.
        </p>
      )}
      {!canSendEmail ? (
        <p className="muted">This server sends no email, so addresses cannot be verified or changed here. If you forget your password, your teacher can make you a reset link.</p>
      ) : (
        <>
          {(!isVerified || pendingEmail) && (
            <form className="stack" action={send} noValidate aria-label="Send a verification link">
              <p className="muted small">A verified address lets you choose a new password by email if you forget yours.</p>
              <FormFooter label={pendingEmail ? `Send the link to ${pendingEmail} again` : "Send me a verification link"} pendingLabel="Sending…" pending={sending} message={sent.message} />
            </form>
          )}
          <form className="stack email-change" action={change} noValidate aria-labelledby="change-email-title">
            <h3 id="change-email-title">Change the address</h3>
            <Field id="new-email" name="email" type="email" label="New email address" autoComplete="email" required defaultValue={changed.values?.email} error={changed.fields?.email} />
            {hasPassword && <Field id="email-password" name="password" type="password" label="Your password, for this change" autoComplete="current-password" required error={changed.fields?.password} />}
            <FormFooter label="Send a link to the new address" pendingLabel="Sending…" pending={changing} message={changed.message} />
          </form>
        </>
      )}
    </section>
  );
}
