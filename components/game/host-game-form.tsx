"use client";
// Starts a live game for a class: its questions from a topic, from one of the class's quizzes or
// picked by hand, the seconds per question, and the optional speed bonus and streaks (off by
// default: accuracy first). A real form with a server action, so it works before the page's
// JavaScript has loaded; then a source chosen without JavaScript shows its fields in the answer.
import { startTransition, useActionState, useState } from "react";
import { hostGameAction } from "@/app/(teach)/teach/actions";
import { QuestionPicker, type PickableQuestion } from "@/components/teach/question-picker";
import { Check } from "@/components/ui/choice";
import { Field, SelectField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { TopicOptions } from "@/components/ui/topic-options";
import type { FormState } from "@/lib/http/mutation";

type Source = "topic" | "assignment" | "questions";

type Props = {
  classId: string;
  topics: { id: string; title: string }[];
  quizzes: { id: string; title: string }[];
  seconds: readonly number[];
  /** The questions a live game can ask (no ordering or matching), for picking by hand. */
  questions: PickableQuestion[];
  facts: Record<string, string>;
  maxQuestions: number;
};

const isSource = (value: string | undefined): value is Source => value === "topic" || value === "assignment" || value === "questions";

export function HostGameForm({ classId, topics, quizzes, seconds, questions, facts, maxQuestions }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(hostGameAction, {});
  const fields = state.fields ?? {};
  const typed = state.values ?? {};
  // After a submission made without JavaScript, the source chosen then, from the answer.
  const [source, setSource] = useState<Source>(isSource(typed.gameSource) ? typed.gameSource : "topic");

  // Before hydration the form posts natively to the action; after it, the same action runs in a
  // transition without React's reset of the form, so the picks and choices on screen stay.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  const sourceRadio = (value: Source, label: string, disabled = false) => (
    <li>
      <Check type="radio" tile name="gameSource" value={value} checked={source === value} onChange={() => setSource(value)} disabled={disabled} label={label} />
    </li>
  );

  return (
    <form className="card stack" action={action} onSubmit={submit} noValidate aria-labelledby="host-game-title">
      <input type="hidden" name="classId" value={classId} />
      <h2 id="host-game-title">Host a live game</h2>
      <p className="muted">Students join on their phones with a PIN and see each question on their own screen. Signed-in students&apos; answers count as reviews.</p>
      <fieldset>
        <legend>Questions from</legend>
        <ul className="options">
          {sourceRadio("topic", "A topic")}
          {sourceRadio("assignment", quizzes.length === 0 ? "One of this class's quizzes (none yet)" : "One of this class's quizzes", quizzes.length === 0)}
          {sourceRadio("questions", "Questions I pick")}
        </ul>
      </fieldset>
      {source === "topic" && (
        <div className="field-row">
          <SelectField id="gameTopic" name="gameTopic" label="Game topic" defaultValue={typed.gameTopic ?? topics[0]?.id} error={fields.topicId}>
            <TopicOptions topics={topics} withMixed={false} />
          </SelectField>
          <Field id="gameCount" name="gameCount" type="number" label="Questions" min={1} max={maxQuestions} defaultValue={typed.gameCount ?? 10} error={fields.count} />
        </div>
      )}
      {source === "assignment" && (
        <SelectField id="gameQuiz" name="gameQuiz" label="Quiz" defaultValue={typed.gameQuiz} error={fields.assignmentId}>
          {quizzes.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title}
            </option>
          ))}
        </SelectField>
      )}
      {source === "questions" && (
        <QuestionPicker
          idPrefix="game-pick"
          topics={topics}
          questions={questions}
          facts={facts}
          initialTopic={topics[0]?.id ?? ""}
          hint={`Up to ${maxQuestions}. Only questions a live game can ask are listed (ordering and matching cannot be played).`}
          error={fields.questionIds}
        />
      )}
      <SelectField id="gameSeconds" name="gameSeconds" label="Time per question" defaultValue={typed.gameSeconds ?? "20"} error={fields.seconds}>
        {seconds.map((s) => (
          <option key={s} value={s}>
            {s} seconds
          </option>
        ))}
      </SelectField>
      <fieldset className="stack-sm">
        <legend>Scoring</legend>
        <p className="hint">Each right answer scores 1000 points and a tie goes to the faster total time; both extras are off unless you choose them.</p>
        {/* One a line: a Check is inline, and side by side the two labels ran together. */}
        <div>
          <Check name="speedBonus" label="Speed bonus: faster right answers score more" defaultChecked={typed.speedBonus === "on"} />
        </div>
        <div>
          <Check name="streaks" label="Streaks: right answers in a row score more" defaultChecked={typed.streaks === "on"} />
        </div>
      </fieldset>
      <FormFooter label="Open the lobby" pendingLabel="Opening…" message={state.message} pending={pending} />
    </form>
  );
}
