"use client";
// More time for one student on one assignment: a real form posting to a server action.
import { useActionState } from "react";
import { extendDueDateAction } from "@/app/(teach)/teach/classes/[id]/students/[sid]/actions";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import type { FormState } from "@/lib/http/mutation";

export function ExtendDueForm({ classId, assignmentId, studentId, title, current }: { classId: string; assignmentId: string; studentId: string; title: string; current: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(extendDueDateAction, {});
  const id = `due-${assignmentId}`;
  return (
    <form className="extend-form" action={action} noValidate aria-label={`More time for ${title}`}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={studentId} />
      <Field id={id} name="due" type="datetime-local" label={
          <>
            New due date<span className="visually-hidden"> for {title}</span>
          </>
        } defaultValue={state.values?.due ?? current} required error={state.fields?.due} />
      <FormFooter label="Give more time" pendingLabel="Saving…" pending={pending} message={state.message} />
    </form>
  );
}
