"use client";
// Study settings: name, time zone and day start (when "today" rolls over), desired retention and
// daily limits. Saved with PATCH /api/account; errors appear beside their fields.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { sendJson } from "./send-json";

export type Settings = { name: string; timeZone: string; dayStartHour: number; desiredRetention: number; newPerDay: number; reviewsPerDay: number };

export function SettingsForm({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const router = useRouter();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const retentionPercent = Number(form.get("desiredRetention"));
    const result = await sendJson("/api/account", "PATCH", {
      name: form.get("name"),
      timeZone: form.get("timeZone"),
      dayStartHour: Number(form.get("dayStartHour")),
      desiredRetention: Number.isFinite(retentionPercent) ? retentionPercent / 100 : retentionPercent,
      newPerDay: Number(form.get("newPerDay")),
      reviewsPerDay: Number(form.get("reviewsPerDay")),
    });
    setFields(result.ok ? {} : result.fields);
    setMessage(result.ok ? "Settings saved." : result.message);
    if (result.ok) router.refresh();
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">Study settings</h2>
      <Field id="name" name="name" label="Name" defaultValue={settings.name} maxLength={80} error={fields.name} />
      <div className="field-row">
        <div className="field">
          <label htmlFor="timeZone">Time zone</label>
          <select id="timeZone" name="timeZone" defaultValue={settings.timeZone}>
            {timeZones.map((tz) => (
              <option key={tz}>{tz}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dayStartHour">A new day starts at</label>
          <select id="dayStartHour" name="dayStartHour" defaultValue={settings.dayStartHour}>
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={h}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </select>
        </div>
      </div>
      <Field
        id="desiredRetention"
        name="desiredRetention"
        type="number"
        label="Desired retention (%)"
        hint="How likely you want to be to remember a card when it comes due: 70 to 97. Higher means more reviews."
        min={70}
        max={97}
        step={1}
        defaultValue={Math.round(settings.desiredRetention * 100)}
        error={fields.desiredRetention}
      />
      <div className="field-row">
        <Field id="newPerDay" name="newPerDay" type="number" label="New cards per day" min={0} max={500} defaultValue={settings.newPerDay} error={fields.newPerDay} />
        <Field id="reviewsPerDay" name="reviewsPerDay" type="number" label="Reviews per day" min={0} max={5000} defaultValue={settings.reviewsPerDay} error={fields.reviewsPerDay} />
      </div>
      <FormFooter label="Save settings" message={message} />
    </form>
  );
}
