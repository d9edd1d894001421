"use client";
// The answer control fitting each question type. Every control is a native form element (or a
// button), so each works by keyboard alone; the value is reported as an AnswerResponse.
import { useEffect, useId, useRef } from "react";
import { formatQuote } from "@/lib/quiz/format";
import type { AnswerResponse } from "@/lib/quiz/grade";
import type { PresentedQuestion } from "@/lib/quiz/present";
import { OrderingInput } from "./ordering-input";

type Props = {
  question: PresentedQuestion;
  value: AnswerResponse | null;
  onChange: (value: AnswerResponse) => void;
  disabled: boolean;
};

/** The response a question starts with: ordering starts from the shown order, the rest empty. */
export function initialResponse(question: PresentedQuestion): AnswerResponse | null {
  return question.type === "ordering" ? { kind: "order", order: question.items.map((i) => i.id) } : null;
}

function textOf(value: AnswerResponse | null): string {
  return value?.kind === "text" ? value.text : "";
}

function Choices({ name, options, value, onChange, disabled }: {
  name: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  onChange: (v: string) => void;
  disabled: boolean;
}) {
  return (
    <ul className="options">
      {options.map((o) => (
        <li key={o.value}>
          <label className="option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              disabled={disabled}
            />
            <span>{o.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function QuestionInput({ question, value, onChange, disabled }: Props) {
  const id = useId();
  const text = (t: string) => onChange({ kind: "text", text: t });
  // The page can be typed into before its JavaScript has loaded: that text is in the field but not
  // in the state, and the next render of a controlled input would erase it. Adopt it once, at mount.
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const typed = field.current?.value;
    if (typed && typed !== textOf(value)) onChange({ kind: "text", text: typed });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the server-rendered field comes to life
  }, []);

  switch (question.type) {
    case "multiple_choice":
    case "who_said":
      return (
        <fieldset>
          <legend className="visually-hidden">{question.prompt}</legend>
          {question.type === "who_said" && <blockquote className="quote">“{formatQuote(question.quote)}”</blockquote>}
          <Choices
            name={`${id}-choice`}
            options={question.options.map((o) => ({ value: o, label: o }))}
            value={value?.kind === "choice" ? value.choice : undefined}
            onChange={(choice) => onChange({ kind: "choice", choice })}
            disabled={disabled}
          />
        </fieldset>
      );
    case "true_false":
      return (
        <fieldset>
          <legend className="visually-hidden">True or false: {question.prompt}</legend>
          <Choices
            name={`${id}-tf`}
            options={[
              { value: "true", label: "True" },
              { value: "false", label: "False" },
            ]}
            value={value?.kind === "boolean" ? String(value.value) : undefined}
            onChange={(v) => onChange({ kind: "boolean", value: v === "true" })}
            disabled={disabled}
          />
        </fieldset>
      );
    case "typed":
    case "number":
    case "date": {
      const hint =
        question.type === "date"
          ? "Any usual format, e.g. 22 November 2020, Nov 22 2020 or 2020-11-22."
          : question.type === "number"
            ? `A number${question.unit ? ` (${question.unit})` : ""}; separators like 1,550 are fine.`
            : "Spelling and capitals need not be perfect.";
      return (
        <div className="field">
          <label htmlFor={`${id}-text`}>Your answer</label>
          <span id={`${id}-hint`} className="hint">
            {hint}
          </span>
          <input
            ref={field}
            id={`${id}-text`}
            type="text"
            inputMode={question.type === "number" ? "decimal" : undefined}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            value={textOf(value)}
            onChange={(e) => text(e.target.value)}
            disabled={disabled}
            maxLength={200}
          />
        </div>
      );
    }
    case "cloze":
      return (
        <p className="cloze">
          {question.before}
          <input
            ref={field}
            type="text"
            aria-label="Fill in the blank"
            autoComplete="off"
            spellCheck={false}
            value={textOf(value)}
            onChange={(e) => text(e.target.value)}
            disabled={disabled}
            maxLength={200}
          />
          {question.after}
        </p>
      );
    case "ordering":
      return (
        <OrderingInput
          items={question.items}
          order={value?.kind === "order" ? value.order : question.items.map((i) => i.id)}
          onChange={(order) => !disabled && onChange({ kind: "order", order })}
        />
      );
    case "matching": {
      const chosen = value?.kind === "pairs" ? value.pairs : [];
      const pick = (left: string, right: string) =>
        onChange({
          kind: "pairs",
          pairs: [...chosen.filter((p) => p.left !== left), ...(right ? [{ left, right }] : [])],
        });
      return (
        <ul className="match-list">
          {question.left.map((left, i) => (
            <li key={left} className="match-row">
              <label htmlFor={`${id}-m${i}`}>{left}</label>
              <select
                id={`${id}-m${i}`}
                value={chosen.find((p) => p.left === left)?.right ?? ""}
                onChange={(e) => pick(left, e.target.value)}
                disabled={disabled}
              >
                <option value="">Choose a match…</option>
                {question.right.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      );
    }
  }
}

/** Why a response cannot be sent yet, in words for the learner; null when it is complete. */
export function missingAnswer(question: PresentedQuestion, value: AnswerResponse | null): string | null {
  if (!value) return question.type === "multiple_choice" || question.type === "who_said" || question.type === "true_false"
    ? "Choose an answer first."
    : question.type === "matching"
      ? "Match every item first."
      : "Type an answer first.";
  if (value.kind === "text" && !value.text.trim()) return "Type an answer first.";
  if (value.kind === "pairs" && question.type === "matching" && value.pairs.length < question.left.length) {
    return "Match every item first.";
  }
  return null;
}
