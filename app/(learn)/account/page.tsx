import type { Metadata } from "next";
import { EmailCard } from "@/components/account/email-card";
import { SettingsForm } from "@/components/account/settings-form";
import { DeleteAccountForm, PasswordForm, SessionsCard } from "@/components/account/security-forms";
import { requireUser } from "@/lib/auth/session";
import { getEmailStatus } from "@/lib/auth/verification";
import { isMailConfigured } from "@/lib/mail";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const status = await getEmailStatus(user.id);
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(user.timeZone)) timeZones.unshift(user.timeZone);
  return (
    <div className="stack">
      <h1>Account</h1>
      <section className="card" aria-labelledby="who-title">
        <h2 id="who-title">{user.name}</h2>
        <p className="muted">
          {user.email} · role: <strong>{user.role === "teacher" ? "Teacher" : "Learner"}</strong>
        </p>
      </section>
      <EmailCard
        email={user.email}
        isVerified={Boolean(status?.verifiedAt)}
        pendingEmail={status?.pendingEmail ?? null}
        canSendEmail={isMailConfigured()}
        hasPassword={status?.hasPassword ?? true}
      />
      <SettingsForm settings={user} timeZones={timeZones} />
      <section className="card stack" aria-labelledby="export-title">
        <h2 id="export-title">Export my data</h2>
        <ul>
          <li>
            <a href="/api/account/export?format=json">Everything (JSON)</a>
          </li>
          <li>
            <a href="/api/account/export?format=csv&amp;table=reviews">Reviews (CSV)</a>
          </li>
          <li>
            <a href="/api/account/export?format=csv&amp;table=cards">Cards (CSV)</a>
          </li>
        </ul>
      </section>
      <SessionsCard />
      <PasswordForm />
      <DeleteAccountForm />
    </div>
  );
}
