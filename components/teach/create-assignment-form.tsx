"use client";
// Sets work for a class: a quiz (by topic and count, or questions picked by hand) or mastery of a
// topic until a date. The due date is typed in the teacher's own time zone.
import { startTransition, useActionState, useState } from "react";
import { createAssignmentAction } from "@/app/(teach)/teach/actions";
import type { FormState } from "@/lib/http/mutation";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { TopicOptions } from "@/components/ui/topic-options";
import { QuestionPicker, type PickableQuestion } from "./question-picker";

type Props = {
  classId: string;
  timeZone: string;
  topics: { id: string; title: string }[];
  questions: PickableQuestion[];
  facts: Record<string, string>;
};

export function CreateAssignmentForm({ classId, timeZone, topics, questions, facts }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(createAssignmentAction, {});
  const fields = state.fields ?? {};
  const typed = state.values ?? {};
  // Rendered again after a submission made without JavaScript: what was chosen, from the answer.
  const [kind, setKind] = useState<"quiz" | "mastery">(typed.kind === "mastery" ? "mastery" : "quiz");
  const [topic, setTopic] = useState(typed.topic ?? topics[0]?.id ?? "");
  const [byHand, setByHand] = useState(typed.byHand === "on");

  // Before hydration the form posts natively to the action; after it, the same action runs in a
  // transition without React's reset of the form, so the kind, topic and picks on screen stay.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  return (
    <form className="card stack" action={action} onSubmit={submit} noValidate aria-labelledby="assign-title">
      <input type="hidden" name="classId" value={classId} />
      <h2 id="assign-title">Set an assignment</h2>
      <fieldset>
        <legend>Kind</legend>
        <ul className="options">
          <li>
            <label className="option">
              <input type="radio" name="kind" value="quiz" checked={kind === "quiz"} onChange={() => setKind("quiz")} /> Quiz: a set of questions
            </label>
          </li>
          <li>
            <label className="option">
              <input type="radio" name="kind" value="mastery" checked={kind === "mastery"} onChange={() => setKind("mastery")} /> Mastery: keep a topic above a
              predicted recall until the date
            </label>
          </li>
        </ul>
      </fieldset>
      <Field id="title" name="title" label="Title" maxLength={120} defaultValue={typed.title} error={fields.title} />
      <Field id="due" name="due" type="datetime-local" defaultValue={typed.due} label="Due" hint={`In your time zone (${timeZone}); each student sees it in theirs.`} error={fields.due} />
      {(kind === "mastery" || !byHand) && (
        <div className="field">
          <label htmlFor="topic">Topic</label>
          <select id="topic" name="topic" value={topic} onChange={(e) => setTopic(e.target.value)}>
            <TopicOptions topics={topics} withMixed={kind === "quiz"} />
          </select>
        </div>
      )}
      {kind === "mastery" ? (
        <Field id="target" name="target" type="number" label="Target predicted recall (%)" min={50} max={99} defaultValue={typed.target ?? 90} error={fields.targetPercent} />
      ) : (
        <>
          <label className="option">
            <input type="checkbox" name="byHand" checked={byHand} onChange={(e) => setByHand(e.target.checked)} /> Pick the questions by hand
          </label>
          {byHand ? (
            <QuestionPicker topics={topics} questions={questions} facts={facts} initialTopic={topic} error={fields.questionIds} />
          ) : (
            <Field id="count" name="count" type="number" label="Number of questions" min={1} max={50} defaultValue={typed.count ?? 10} error={fields.count} />
          )}
          <div className="field-row">
            <Field id="attempts" name="attempts" type="number" label="Attempts allowed" min={1} max={10} defaultValue={typed.attempts ?? 1} error={fields.attemptsAllowed} />
            <label className="option">
              <input type="checkbox" name="late" defaultChecked={typed.late === "on"} /> Late submissions count
            </label>
          </div>
        </>
      )}
      <FormFooter label="Set assignment" pendingLabel="Setting…" pending={pending} message={state.message} />
    </form>
  );
}
