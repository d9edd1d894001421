"use client";
// Sessions and password: sign out here or everywhere, change the password (which ends other
// sessions), and delete the account after confirming the password. Real forms with server
// actions, so each works before the page's JavaScript has loaded.
import { useActionState } from "react";
import { changePasswordAction, deleteAccountAction, signOutEverywhereAction } from "@/app/(learn)/account/actions";
import { signOutAction } from "@/app/(auth)/actions";
import { clearPageCaches } from "@/lib/offline/caches";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export function SessionsCard() {
  const [state, everywhere] = useActionState<FormState, FormData>(signOutEverywhereAction, {});
  return (
    <section className="card stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions</h2>
      <p className="muted">Signing out everywhere ends your sessions on every device and browser, this one included.</p>
      <div className="actions">
        <form action={signOutAction} onSubmit={() => void clearPageCaches()}>
          <button type="submit" className="button secondary">
            Sign out
          </button>
        </form>
        <form action={everywhere} onSubmit={() => void clearPageCaches()}>
          <button type="submit" className="button secondary">
            Sign out everywhere
          </button>
        </form>
      </div>
      <p role="status" aria-live="polite">
        {state.message ?? ""}
      </p>
    </section>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  const fields = state.fields ?? {};
  return (
    <form className="card stack" action={action} noValidate aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      <Field id="current" name="current" type="password" label="Current password" autoComplete="current-password" error={fields.current} />
      <Field id="next" name="next" type="password" label="New password" hint="At least 8 characters." autoComplete="new-password" error={fields.next} />
      <FormFooter label="Change password" pendingLabel="Changing…" pending={pending} message={state.message} />
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAccountAction, {});
  return (
    <form className="card stack danger-zone" action={action} onSubmit={() => void clearPageCaches()} noValidate aria-labelledby="delete-title">
      <h2 id="delete-title">Delete my account</h2>
      <p>This removes your account, cards, reviews and quiz history for good. Export them first if you want to keep them.</p>
      <Field id="confirm-password" name="confirm-password" type="password" label="Your password, to confirm" autoComplete="current-password" />
      <FormFooter label="Delete my account" pendingLabel="Deleting…" pending={pending} message={state.message} danger />
    </form>
  );
}
