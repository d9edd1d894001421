"use client";
// Study settings: name, time zone and day start (when "today" rolls over), desired retention and
// daily limits. A real form with a server action; errors appear beside their fields.
import { useActionState } from "react";
import { saveSettingsAction } from "@/app/(learn)/account/actions";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export type Settings = { name: string; timeZone: string; dayStartHour: number; desiredRetention: number; newPerDay: number; reviewsPerDay: number };

export function SettingsForm({ settings, timeZones }: { settings: Settings; timeZones: string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveSettingsAction, {});
  const fields = state.fields ?? {};
  const typed = state.values ?? {};

  return (
    <form className="card stack" action={action} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">Study settings</h2>
      <Field id="name" name="name" label="Name" defaultValue={typed.name ?? settings.name} maxLength={80} error={fields.name} />
      <div className="field-row">
        <div className="field">
          <label htmlFor="timeZone">Time zone</label>
          <select id="timeZone" name="timeZone" defaultValue={typed.timeZone ?? settings.timeZone}>
            {timeZones.map((tz) => (
              <option key={tz}>{tz}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dayStartHour">A new day starts at</label>
          <select id="dayStartHour" name="dayStartHour" defaultValue={typed.dayStartHour ?? settings.dayStartHour}>
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
        defaultValue={typed.desiredRetention ?? Math.round(settings.desiredRetention * 100)}
        error={fields.desiredRetention}
      />
      <div className="field-row">
        <Field id="newPerDay" name="newPerDay" type="number" label="New cards per day" min={0} max={500} defaultValue={typed.newPerDay ?? settings.newPerDay} error={fields.newPerDay} />
        <Field id="reviewsPerDay" name="reviewsPerDay" type="number" label="Reviews per day" min={0} max={5000} defaultValue={typed.reviewsPerDay ?? settings.reviewsPerDay} error={fields.reviewsPerDay} />
      </div>
      <FormFooter label="Save settings" pendingLabel="Saving…" pending={pending} message={state.message} />
    </form>
  );
}
