import type { Metadata } from "next";
import { EmailCard } from "@/components/account/email-card";
import { SettingsForm } from "@/components/account/settings-form";
import { DeleteAccountForm, PasswordForm, SessionsCard } from "@/components/account/security-forms";
import { MemoryModelCard, type MemoryModelView } from "@/components/account/memory-model-card";
import { requireUser } from "@/lib/auth/session";
import { getEmailStatus } from "@/lib/auth/verification";
import { isMailConfigured } from "@/lib/mail";
import type { PublicUser } from "@/lib/auth/users";
import { formatPercent } from "@/lib/progress/percent";
import { memoryModelOf } from "@/lib/srs/memory-model";
import { listCards, toCardState } from "@/lib/srs/store";
import { expectedDailyReviews, WORKLOAD_DAYS } from "@/lib/srs/workload";
import { now } from "@/lib/time/clock";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** The memory model as the account page says it, with the reviews a day it implies for the learner's cards. */
async function memoryModelView(user: PublicUser): Promise<MemoryModelView> {
  const at = await now();
  const [model, cards] = await Promise.all([memoryModelOf(user.id), listCards(user.id)]);
  const date = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: user.timeZone }).format(d);
  const active = cards.filter((c) => !c.suspended).map(toCardState);
  const perDay = expectedDailyReviews(active, { desiredRetention: user.desiredRetention, ...(model.kind === "fitted" ? { weights: model.weights } : {}) }, at);
  const workload =
    active.length === 0
      ? "Expected reviews a day: none yet; you have no cards in review."
      : `Expected reviews a day over the next ${WORKLOAD_DAYS} days at your desired retention of ${formatPercent(user.desiredRetention)}: about ${perDay < 10 ? perDay.toFixed(1) : Math.round(perDay)}, for the ${plural(active.length, "card", "cards")} you have now (new cards come on top).`;
  if (model.kind === "fitted") {
    return {
      isFitted: true,
      summary: `fitted on ${date(model.fittedAt)} from ${plural(model.reviewCount, "review", "reviews")}`,
      detail: "Your reviews are scheduled with FSRS parameters fitted to your own answers. The fit is redone in the background as you review.",
      workload,
    };
  }
  const summary = model.reviewsNeeded > 0 ? `FSRS's defaults (needs ${plural(model.reviewsNeeded, "more review", "more reviews")})` : "FSRS's defaults (a fit to your reviews is on its way)";
  const detail =
    (model.resetAt ? `You went back to the defaults on ${date(model.resetAt)}. ` : "") +
    "Reviews count once they come a day or more after the card's last one; with enough of them, the parameters are fitted to your answers in the background.";
  return { isFitted: false, summary, detail, workload };
}

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
      <MemoryModelCard model={await memoryModelView(user)} />
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
