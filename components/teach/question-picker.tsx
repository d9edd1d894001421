"use client";
// Hand-picking a quiz's or a live game's questions: each question shows its type, what the student
// reads, its answer and the fact it tests; the list filters by topic and by type (native selects, so
// the keyboard works as everywhere). Picks hidden by a filter stay picked and are still sent.
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { SelectField } from "@/components/ui/field";
import { TopicOptions } from "@/components/ui/topic-options";

export type PickableQuestion = {
  id: string;
  type: string;
  typeLabel: string;
  prompt: string;
  stem: string | null;
  answer: string;
  topicId: string;
  factIds: string[];
  /** A question the teacher wrote for this class (marked in the list). */
  byTeacher: boolean;
};

type Props = {
  topics: { id: string; title: string }[];
  questions: PickableQuestion[];
  /** Fact statements by id, sent once however many questions test a fact. */
  facts: Record<string, string>;
  initialTopic: string;
  /** Prefix of the filters' ids, so two pickers can share a page (default "pick"). */
  idPrefix?: string;
  /** Said under the legend: what the list holds, or its limits. */
  hint?: string;
  /** The server's refusal of the picks ("Pick at least one question."). */
  error?: string;
};

const ALL = "all";

export function QuestionPicker({ topics, questions, facts, initialTopic, idPrefix = "pick", hint, error }: Props) {
  const [topic, setTopic] = useState(topics.some((t) => t.id === initialTopic) ? initialTopic : ALL);
  const [type, setType] = useState(ALL);
  const [picked, setPicked] = useState<string[]>([]);
  const types = [...new Map(questions.map((q) => [q.type, q.typeLabel])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const topicTitle = new Map(topics.map((t) => [t.id, t.title]));
  const shown = questions.filter((q) => (topic === ALL || q.topicId === topic) && (type === ALL || q.type === type));
  const shownIds = new Set(shown.map((q) => q.id));
  const hiddenPicks = picked.filter((id) => !shownIds.has(id));

  return (
    <fieldset
      className="question-picker"
      aria-describedby={[hint ? `${idPrefix}-hint` : null, error ? `${idPrefix}-error` : null].filter(Boolean).join(" ") || undefined}
    >
      <legend>Questions ({picked.length} picked)</legend>
      {hint && (
        <p id={`${idPrefix}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${idPrefix}-error`} className="error-text small">
          {error}
        </p>
      )}
      <div className="field-row">
        <SelectField id={`${idPrefix}-topic`} label="Show topic" value={topic} onChange={(e) => setTopic(e.target.value)}>
          <option value={ALL}>All topics</option>
          <TopicOptions topics={topics} withMixed={false} />
        </SelectField>
        <SelectField id={`${idPrefix}-type`} label="Show type" value={type} onChange={(e) => setType(e.target.value)}>
          <option value={ALL}>All types</option>
          {types.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <p role="status" aria-live="polite" className="muted small">
        Showing {shown.length} of {questions.length} questions
        {hiddenPicks.length > 0 && `; ${hiddenPicks.length} picked question${hiddenPicks.length === 1 ? " is" : "s are"} hidden by the filters and stay picked`}.
      </p>
      {hiddenPicks.map((id) => (
        <input key={id} type="hidden" name="questionIds" value={id} />
      ))}
      {shown.length === 0 ? (
        <p>No question of this type in this topic: choose another type or topic.</p>
      ) : (
        <ul className="options pick-list">
          {shown.map((q) => (
            <li key={q.id}>
              <label className="option pick-option" data-question-id={q.id}>
                <input
                  type="checkbox"
                  name="questionIds"
                  value={q.id}
                  checked={picked.includes(q.id)}
                  onChange={(e) => setPicked(e.target.checked ? [...picked, q.id] : picked.filter((id) => id !== q.id))}
                />
                <span className="pick-body">
                  <span className="pick-badges">
                    <Badge tone="brand">{q.typeLabel}</Badge>
                    {q.byTeacher && <Badge tone="note">Your question</Badge>}
                    {topic === ALL && <Badge topicId={q.topicId}>{topicTitle.get(q.topicId) ?? q.topicId}</Badge>}
                  </span>
                  <span className="pick-prompt">{q.prompt}</span>
                  {q.stem && <span className="pick-stem">{q.stem}</span>}
                  <span className="small">
                    <span className="muted">Answer:</span> <strong>{q.answer}</strong>
                  </span>
                  {q.factIds.map((id) => (
                    <span key={id} className="small">
                      <span className="muted">Fact:</span> {facts[id] ?? id}
                    </span>
                  ))}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
