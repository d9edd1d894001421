"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { ReturnNote } from "./return-note";
import { safeReturnPath, signInWithPassword, withReturnPath } from "./credentials";

export function SignInForm({ callbackUrl, providers }: { callbackUrl: string | null; providers: { id: string; name: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    if (!email.trim() || !password) {
      setMessage("Enter your email address and your password.");
      return;
    }
    setPending(true);
    setMessage("");
    const result = await signInWithPassword(email, password);
    setPending(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    router.push(safeReturnPath(callbackUrl, "/review"));
    router.refresh();
  }

  return (
    <div className="stack">
      <form className="card stack" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in</h1>
        <ReturnNote callbackUrl={callbackUrl} />
        <Field id="email" name="email" type="email" label="Email" autoComplete="email" required />
        <Field id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Signing in…" : "Sign in"}
          </button>
          <Link href={withReturnPath("/sign-up", callbackUrl)}>Create an account</Link>
        </div>
        <p role="status" aria-live="polite" className="error-text">
          {message}
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
