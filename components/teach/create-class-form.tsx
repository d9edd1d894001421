"use client";
// Create a class: a real form with a server action, so it works before the page's JavaScript has
// loaded; the new class's page opens on success.
import { useActionState } from "react";
import { createClassAction } from "@/app/(teach)/teach/actions";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export function CreateClassForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createClassAction, {});
  return (
    <form className="card stack" action={action} noValidate aria-labelledby="create-class-title">
      <h2 id="create-class-title">Create a class</h2>
      <Field id="class-name" name="class-name" label="Class name" maxLength={80} defaultValue={state.values?.["class-name"]} error={state.fields?.name} />
      <FormFooter label="Create class" pendingLabel="Creating…" pending={pending} message={state.message} />
    </form>
  );
}
