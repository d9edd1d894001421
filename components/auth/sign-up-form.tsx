"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { safeReturnPath, signInWithPassword, withReturnPath } from "./credentials";
import { ReturnNote } from "./return-note";

type Errors = Record<string, string>;

export function SignUpForm({ callbackUrl }: { callbackUrl: string | null }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      role: String(form.get("role") ?? "learner"),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    setPending(true);
    setMessage("");
    try {
      const res = await fetch("/api/account", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const data = (await res.json().catch(() => null)) as { error?: { message: string; fields?: Errors } } | null;
      if (!res.ok) {
        setErrors(data?.error?.fields ?? {});
        setMessage(data?.error?.message.replace(/^\w+: /, "") ?? "Could not create the account. Try again.");
        return;
      }
      setErrors({});
      const signedIn = await signInWithPassword(body.email, body.password);
      if (!signedIn.ok) {
        setMessage(signedIn.message);
        return;
      }
      router.push(safeReturnPath(callbackUrl, "/review"));
      router.refresh();
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create an account</h1>
      <ReturnNote callbackUrl={callbackUrl} />
      <p className="muted">Your quizzes on this browser move to the new account.</p>
      <Field id="name" name="name" label="Name" autoComplete="name" required maxLength={80} error={errors.name} />
      <Field id="email" name="email" type="email" label="Email" autoComplete="email" required error={errors.email} />
      <Field
        id="password"
        name="password"
        type="password"
        label="Password"
        hint="At least 8 characters. A passphrase of a few words works well; paste from a password manager is fine."
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <fieldset>
        <legend>I am a</legend>
        <ul className="options">
          <li>
            <label className="option">
              <input type="radio" name="role" value="learner" defaultChecked /> Learner
            </label>
          </li>
          <li>
            <label className="option">
              <input type="radio" name="role" value="teacher" /> Teacher (I will set work for a class)
            </label>
          </li>
        </ul>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
        <Link href={withReturnPath("/sign-in", callbackUrl)}>I already have an account</Link>
      </div>
      <p role="status" aria-live="polite" className="error-text">
        {message}
      </p>
    </form>
  );
}
