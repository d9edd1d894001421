"use client";
// Starts a live game for a class: its questions from a topic or from one of the class's quizzes, the
// seconds per question, and the optional speed bonus and streaks (off by default: accuracy first).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Check } from "@/components/ui/choice";
import { Field, SelectField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { TopicOptions } from "@/components/ui/topic-options";
import { sendJson } from "@/lib/http/client";

type Props = {
  classId: string;
  topics: { id: string; title: string }[];
  quizzes: { id: string; title: string }[];
  seconds: readonly number[];
};

export function HostGameForm({ classId, topics, quizzes, seconds }: Props) {
  const router = useRouter();
  const [source, setSource] = useState<"topic" | "assignment">("topic");
  const [message, setMessage] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    setPending(true);
    setMessage("Starting the game…");
    const result = await sendJson<{ url: string }>("/api/games", "POST", {
      classId,
      source,
      ...(source === "topic" ? { topicId: text("gameTopic"), count: Number(text("gameCount")) } : { assignmentId: text("gameQuiz") }),
      seconds: Number(text("gameSeconds")),
      speedBonus: form.get("speedBonus") === "on",
      streaks: form.get("streaks") === "on",
    });
    if (!result.ok) {
      setPending(false);
      setFields(result.fields);
      setMessage(result.message);
      return;
    }
    setMessage("Game ready: opening the lobby.");
    router.push(result.data.url);
  }

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="host-game-title">
      <h2 id="host-game-title">Host a live game</h2>
      <p className="muted">Students join on their phones with a PIN and see each question on their own screen. Signed-in students&apos; answers count as reviews.</p>
      <fieldset>
        <legend>Questions from</legend>
        <ul className="options">
          <li>
            <Check type="radio" tile name="gameSource" value="topic" checked={source === "topic"} onChange={() => setSource("topic")} label="A topic" />
          </li>
          <li>
            <Check
              type="radio"
              tile
              name="gameSource"
              value="assignment"
              checked={source === "assignment"}
              onChange={() => setSource("assignment")}
              disabled={quizzes.length === 0}
              label={quizzes.length === 0 ? "One of this class's quizzes (none yet)" : "One of this class's quizzes"}
            />
          </li>
        </ul>
      </fieldset>
      {source === "topic" ? (
        <div className="field-row">
          <SelectField id="gameTopic" name="gameTopic" label="Game topic" defaultValue={topics[0]?.id} error={fields.topicId}>
            <TopicOptions topics={topics} withMixed={false} />
          </SelectField>
          <Field id="gameCount" name="gameCount" type="number" label="Questions" min={1} max={30} defaultValue={10} error={fields.count} />
        </div>
      ) : (
        <SelectField id="gameQuiz" name="gameQuiz" label="Quiz" error={fields.assignmentId}>
          {quizzes.map((q) => (
            <option key={q.id} value={q.id}>
              {q.title}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField id="gameSeconds" name="gameSeconds" label="Time per question" defaultValue="20" error={fields.seconds}>
        {seconds.map((s) => (
          <option key={s} value={s}>
            {s} seconds
          </option>
        ))}
      </SelectField>
      <fieldset className="stack-sm">
        <legend>Scoring</legend>
        <p className="hint">Each right answer scores 1000 points and a tie goes to the faster total time; both extras are off unless you choose them.</p>
        <Check name="speedBonus" label="Speed bonus: faster right answers score more" />
        <Check name="streaks" label="Streaks: right answers in a row score more" />
      </fieldset>
      <FormFooter label="Open the lobby" pendingLabel="Opening…" message={message} pending={pending} />
    </form>
  );
}
