"use client";
// Sets work for a class: a quiz (by topic and count, or questions picked by hand) or mastery of a
// topic until a date. The due date is typed in the teacher's own time zone.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/account/send-json";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { TopicOptions } from "@/components/ui/topic-options";

type Props = {
  classId: string;
  timeZone: string;
  topics: { id: string; title: string }[];
  questions: { id: string; prompt: string; topic: string }[];
};

export function CreateAssignmentForm({ classId, timeZone, topics, questions }: Props) {
  const router = useRouter();
  const [kind, setKind] = useState<"quiz" | "mastery">("quiz");
  const [topic, setTopic] = useState(topics[0]?.id ?? "");
  const [byHand, setByHand] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const common = { kind, title: data.get("title"), due: data.get("due") };
    const body =
      kind === "mastery"
        ? { ...common, topic, targetPercent: Number(data.get("target")) }
        : {
            ...common,
            ...(byHand ? { questionIds: picked } : { topic, count: Number(data.get("count")) }),
            attemptsAllowed: Number(data.get("attempts")),
            lateCounts: data.get("late") === "on",
          };
    const result = await sendJson("/api/classes/" + classId + "/assignments", "POST", body);
    setFields(result.ok ? {} : result.fields);
    setMessage(result.ok ? "Assignment set." : result.message);
    if (result.ok) {
      form.reset();
      setPicked([]);
      router.refresh();
    }
  }

  const topicQuestions = questions.filter((q) => q.topic === topic);
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="assign-title">
      <h2 id="assign-title">Set an assignment</h2>
      <fieldset>
        <legend>Kind</legend>
        <ul className="options">
          <li>
            <label className="option">
              <input type="radio" name="kind" checked={kind === "quiz"} onChange={() => setKind("quiz")} /> Quiz: a set of questions
            </label>
          </li>
          <li>
            <label className="option">
              <input type="radio" name="kind" checked={kind === "mastery"} onChange={() => setKind("mastery")} /> Mastery: keep a topic above a
              predicted recall until the date
            </label>
          </li>
        </ul>
      </fieldset>
      <Field id="title" name="title" label="Title" maxLength={120} error={fields.title} />
      <Field id="due" name="due" type="datetime-local" label="Due" hint={`In your time zone (${timeZone}); each student sees it in theirs.`} error={fields.due} />
      <div className="field">
        <label htmlFor="topic">Topic</label>
        <select id="topic" value={topic} onChange={(e) => setTopic(e.target.value)}>
          <TopicOptions topics={topics} withMixed={kind === "quiz" && !byHand} />
        </select>
      </div>
      {kind === "mastery" ? (
        <Field id="target" name="target" type="number" label="Target predicted recall (%)" min={50} max={99} defaultValue={90} error={fields.targetPercent} />
      ) : (
        <>
          <label className="option">
            <input type="checkbox" checked={byHand} onChange={(e) => setByHand(e.target.checked)} /> Pick the questions by hand
          </label>
          {byHand ? (
            <fieldset>
              <legend>Questions ({picked.length} picked)</legend>
              <ul className="options pick-list">
                {topicQuestions.map((q) => (
                  <li key={q.id}>
                    <label className="option">
                      <input
                        type="checkbox"
                        checked={picked.includes(q.id)}
                        onChange={(e) => setPicked(e.target.checked ? [...picked, q.id] : picked.filter((id) => id !== q.id))}
                      />
                      {q.prompt}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : (
            <Field id="count" name="count" type="number" label="Number of questions" min={1} max={50} defaultValue={10} error={fields.count} />
          )}
          <div className="field-row">
            <Field id="attempts" name="attempts" type="number" label="Attempts allowed" min={1} max={10} defaultValue={1} error={fields.attemptsAllowed} />
            <label className="option">
              <input type="checkbox" name="late" /> Late submissions count
            </label>
          </div>
        </>
      )}
      <FormFooter label="Set assignment" message={message} />
    </form>
  );
}
