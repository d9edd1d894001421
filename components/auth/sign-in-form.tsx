"use client";
// Email + password sign-in: a real form posting to a server action, so it works (and keeps what
// was typed) before the page's JavaScript has loaded. Errors sit beside their fields and in the
// live region.
import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { Field } from "@/components/ui/field";
import { ReturnNote } from "./return-note";
import type { FormState } from "@/lib/http/mutation";

export function SignInForm({ callbackUrl, providers }: { callbackUrl: string | null; providers: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  const signUpHref = callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up";
  return (
    <div className="stack">
      <form className="card stack" action={action} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in</h1>
        <ReturnNote callbackUrl={callbackUrl} />
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <Field id="email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={state.values?.email} error={state.fields?.email} />
        <Field id="password" name="password" type="password" label="Password" autoComplete="current-password" required error={state.fields?.password} />
        <p className="small">
          <Link href="/forgot-password">Forgot your password?</Link>
        </p>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Signing in…" : "Sign in"}
          </button>
          <Link href={signUpHref}>Create an account</Link>
        </div>
        <p role="status" aria-live="polite" className="error-text">
          {state.message ?? ""}
        </p>
      </form>
      {providers.length > 0 && (
        <section className="card stack" aria-labelledby="oauth-title">
          <h2 id="oauth-title">Or sign in with</h2>
          <div className="actions">
            {providers.map((p) => (
              <a key={p.id} className="button secondary" href={`/api/auth/signin/${p.id}`}>
                {p.name}
              </a>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
