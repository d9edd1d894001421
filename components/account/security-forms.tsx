"use client";
// Sessions and password: sign out here or everywhere, change the password (which ends other
// sessions), and delete the account after confirming the password.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { safeReturnPath, signInWithPassword, signOut } from "@/components/auth/credentials";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { sendJson } from "./send-json";

function Status({ message }: { message: string }) {
  return (
    <p role="status" aria-live="polite">
      {message}
    </p>
  );
}

export function SessionsCard() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  async function everywhere() {
    const result = await sendJson("/api/account/sessions", "DELETE");
    if (!result.ok) return setMessage(result.message);
    await signOut();
    router.push(safeReturnPath("/sign-in", "/"));
    router.refresh();
  }
  async function here() {
    await signOut();
    router.push("/");
    router.refresh();
  }
  return (
    <section className="card stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions</h2>
      <p className="muted">Signing out everywhere ends your sessions on every device and browser, this one included.</p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void here()}>
          Sign out
        </button>
        <button type="button" className="button secondary" onClick={() => void everywhere()}>
          Sign out everywhere
        </button>
      </div>
      <Status message={message} />
    </section>
  );
}

export function PasswordForm({ email }: { email: string }) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const next = String(form.get("next") ?? "");
    const result = await sendJson("/api/account/password", "POST", { current: form.get("current"), next });
    setFields(result.ok ? {} : result.fields);
    if (!result.ok) return setMessage(result.message);
    // The change ended every session; sign this browser back in with the new password.
    const again = await signInWithPassword(email, next);
    element.reset();
    setMessage(again.ok ? "Password changed. Your other sessions have ended." : "Password changed. Sign in again with the new one.");
  }
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      <Field id="current" name="current" type="password" label="Current password" autoComplete="current-password" error={fields.current} />
      <Field id="next" name="next" type="password" label="New password" hint="At least 8 characters." autoComplete="new-password" error={fields.next} />
      <FormFooter label="Change password" message={message} />
    </form>
  );
}

export function DeleteAccountForm() {
  const router = useRouter();
  const [message, setMessage] = useState("");
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = new FormData(event.currentTarget).get("confirm-password");
    const result = await sendJson("/api/account", "DELETE", { password });
    if (!result.ok) return setMessage(result.message);
    await signOut();
    router.push("/");
    router.refresh();
  }
  return (
    <form className="card stack danger-zone" onSubmit={submit} noValidate aria-labelledby="delete-title">
      <h2 id="delete-title">Delete my account</h2>
      <p>This removes your account, cards, reviews and quiz history for good. Export them first if you want to keep them.</p>
      <Field id="confirm-password" name="confirm-password" type="password" label="Your password, to confirm" autoComplete="current-password" />
      <FormFooter label="Delete my account" message={message} danger />
    </form>
  );
}
