"use client";
// Join a class by its code: a real form with a server action, so a join link works before the
// page's JavaScript has loaded.
import { useActionState } from "react";
import { joinClassAction } from "@/app/(learn)/classes/actions";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export function JoinClassForm({ initialCode = "" }: { initialCode?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(joinClassAction, {});
  return (
    <form className="card stack" action={action} noValidate aria-labelledby="join-form-title">
      <h2 id="join-form-title">Join a class</h2>
      <Field
        id="join-code"
        name="join-code"
        label="Join code"
        hint="8 letters and digits, from your teacher."
        defaultValue={state.values?.["join-code"] ?? initialCode}
        autoComplete="off"
        maxLength={32}
        error={state.fields?.code}
      />
      <FormFooter label="Join class" pendingLabel="Joining…" pending={pending} message={state.message} />
    </form>
  );
}
