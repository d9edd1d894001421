"use client";
// A teacher's question, new or edited: a real form posting to a server action, so it works before the
// page's JavaScript has loaded. The type and whether the fact is new are chosen by links above it
// (each its own page), so only the fields that matter are shown. The content rules run on save; each
// refusal is shown under its field and read out in the form's live region.
import { useActionState } from "react";
import { createTeacherQuestionAction, updateTeacherQuestionAction } from "@/app/(teach)/teach/classes/[id]/questions/actions";
import { Field, SelectField, TextareaField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { NEW_FACT, type AuthoredType } from "@/lib/authoring/fields";
import type { FormState } from "@/lib/http/mutation";

import type { FactChoiceGroup } from "@/lib/authoring/choices";

type Props = {
  classId: string;
  /** Set when editing: the question's row id. */
  questionId?: string;
  type: AuthoredType;
  isNewFact: boolean;
  factGroups: FactChoiceGroup[];
  topics: { id: string; title: string }[];
  /** What the fields start with (the stored question when editing). */
  initial: Record<string, string>;
  /** A one-time key for a new question, so a submission sent twice saves once. */
  clientKey?: string;
};

const clip = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function QuestionForm({ classId, questionId, type, isNewFact, factGroups, topics, initial, clientKey }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(questionId ? updateTeacherQuestionAction : createTeacherQuestionAction, {});
  const value = (name: string) => state.values?.[name] ?? initial[name] ?? "";
  const error = (name: string) => state.fields?.[name];
  return (
    <form className="card stack question-form" action={action} noValidate aria-labelledby="question-form-title">
      <h2 id="question-form-title">{questionId ? "Edit the question" : "Write the question"}</h2>
      <input type="hidden" name="classId" value={classId} />
      {questionId && <input type="hidden" name="questionId" value={questionId} />}
      {clientKey && <input type="hidden" name="clientKey" value={clientKey} />}
      <input type="hidden" name="type" value={type} />
      {/* Keyed by what was sent back: after a refusal React resets the form, and a select only takes
          its new default when it is made anew. The footer (and its live region) stays. */}
      <div className="stack" key={JSON.stringify(state.values ?? {})}>
        {isNewFact ? (
          <fieldset className="stack">
            <legend>The new fact and its source</legend>
            <input type="hidden" name="fact" value={NEW_FACT} />
            <SelectField id="topic" name="topic" label="Topic" defaultValue={value("topic")} error={error("topic")}>
              <option value="">Choose a topic</option>
              {topics.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </SelectField>
            <TextareaField id="statement" name="statement" label="Fact statement" hint="One true sentence, as learners will read it." rows={2} maxLength={1000} defaultValue={value("statement")} error={error("statement")} />
            <Field id="sourceTitle" name="sourceTitle" label="Source title" maxLength={300} defaultValue={value("sourceTitle")} error={error("sourceTitle")} />
            <Field id="sourcePublisher" name="sourcePublisher" label="Publisher" maxLength={200} defaultValue={value("sourcePublisher")} error={error("sourcePublisher")} />
            <Field id="sourceDate" name="sourceDate" label="Source date" hint="YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source says." maxLength={10} inputMode="numeric" defaultValue={value("sourceDate")} error={error("sourceDate")} />
            <Field id="sourceUrl" name="sourceUrl" type="url" label="Source URL" hint="The web page learners can open to check the fact." maxLength={2000} defaultValue={value("sourceUrl")} error={error("sourceUrl")} />
            <TextareaField id="quote" name="quote" label="Supporting sentence" hint="Copied word for word from the source." rows={3} maxLength={1000} defaultValue={value("quote")} error={error("quote")} />
          </fieldset>
        ) : (
          <SelectField id="fact" name="fact" label="Fact the question tests" defaultValue={value("fact")} error={error("fact")}>
            <option value="">Choose a fact</option>
            {factGroups.map((g) => (
              <optgroup key={g.topicId} label={g.topicTitle}>
                {g.facts.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.byTeacher ? "Yours: " : ""}
                    {clip(f.statement)}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        )}

        <TextareaField id="prompt" name="prompt" label={type === "true_false" ? "Question (a statement to judge)" : "Question"} rows={2} maxLength={500} defaultValue={value("prompt")} error={error("prompt")} />
        {type === "true_false" ? (
          <SelectField id="answer" name="answer" label="Answer" hint="Is the statement true or false?" defaultValue={value("answer")} error={error("answer")}>
            <option value="">Choose true or false</option>
            <option value="true">True</option>
            <option value="false">False</option>
          </SelectField>
        ) : (
          <Field id="answer" name="answer" label="Answer" maxLength={300} defaultValue={value("answer")} error={error("answer")} />
        )}
        {type === "multiple_choice" && (
          <TextareaField id="distractors" name="distractors" label="Wrong options" hint="Two to five, one a line, of the same kind and length as the answer." rows={4} defaultValue={value("distractors")} error={error("distractors")} />
        )}
        {type === "typed" && (
          <>
            <TextareaField id="accept" name="accept" label="Also accept" hint="Other right answers, one a line (optional). Small typos are accepted anyway." rows={2} defaultValue={value("accept")} error={error("accept")} />
            <TextareaField id="reject" name="reject" label="Near misses" hint="Wrong answers close to the right one that must be marked wrong, one a line (optional)." rows={2} defaultValue={value("reject")} error={error("reject")} />
          </>
        )}
        <TextareaField id="explanation" name="explanation" label="Explanation" hint="Shown after answering, with the fact's source." rows={3} maxLength={1000} defaultValue={value("explanation")} error={error("explanation")} />
      </div>
      <FormFooter label={questionId ? "Save changes" : "Save question"} pendingLabel="Saving…" pending={pending} message={state.message} />
    </form>
  );
}
