import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { NO_EMAIL_RESET } from "@/lib/auth/recovery";
import { isMailConfigured } from "@/lib/mail";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  if (isMailConfigured()) return <ForgotPasswordForm />;
  return (
    <section className="card stack" aria-labelledby="forgot-title">
      <h1 id="forgot-title">Forgot your password?</h1>
      <p data-testid="no-email-reset">{NO_EMAIL_RESET}</p>
      <p className="muted">Open the link they give you and choose a new password: your cards and results stay.</p>
      <p>
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </section>
  );
}
