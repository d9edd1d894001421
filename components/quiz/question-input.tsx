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
  /** The id of the question's heading: a text field that takes focus first is described by it. */
  describedBy?: string;
};

/** Questions answered by typing: their field takes focus when the question appears. */
export function isTextQuestion(question: PresentedQuestion): boolean {
  return ["typed", "cloze", "number", "date"].includes(question.type);
}

/** The options keys 1 to 9 choose, in the order shown, with the response each one gives. */
function keyedOptions(question: PresentedQuestion): { label: string; response: AnswerResponse; value: string }[] {
  if (question.type === "multiple_choice" || question.type === "who_said") {
    return question.options.map((o) => ({ label: o, value: o, response: { kind: "choice", choice: o } }));
  }
  if (question.type === "true_false") {
    return [
      { label: "True", value: "true", response: { kind: "boolean", value: true } },
      { label: "False", value: "false", response: { kind: "boolean", value: false } },
    ];
  }
  return [];
}

const isTypingTarget = (el: HTMLElement) =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && el.type === "text");

/**
 * Keys inside a question (a form's keydown, so they act only while focus is in the question, as
 * WCAG 2.1.4 asks): 1 to 9 choose an option, except in a text field or a list; Enter checks the
 * answer from anywhere in it but a text field (which submits by itself), a button of its own or a link.
 * The ordering's move buttons are the exception: Space moves, Enter checks.
 */
export function questionKeyDown(
  event: React.KeyboardEvent<HTMLElement>,
  question: PresentedQuestion,
  onChange: (value: AnswerResponse) => void,
  submit: () => void,
) {
  const target = event.target as HTMLElement;
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === "Enter") {
    const isMove = target instanceof HTMLButtonElement && target.dataset.move !== undefined;
    if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === "text")) return;
    if (!isMove && target.closest("button, a, summary")) return;
    event.preventDefault();
    submit();
    return;
  }
  if (!/^[1-9]$/.test(event.key) || isTypingTarget(target)) return;
  const option = keyedOptions(question)[Number(event.key) - 1];
  if (!option) return;
  event.preventDefault();
  onChange(option.response);
  const radio = [...event.currentTarget.querySelectorAll<HTMLInputElement>("input[type=radio]")].find((r) => r.value === option.value);
  radio?.focus();
}

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
      {options.map((o, i) => (
        <li key={o.value}>
          <label className="option">
            {i < 9 && (
              <kbd className="option-key" aria-hidden="true">
                {i + 1}
              </kbd>
            )}
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

function KeyHint({ count }: { count: number }) {
  const keys = count === 2 ? "Keys 1 and 2" : `Keys 1 to ${Math.min(count, 9)}`;
  return <p className="hint key-hint">{keys} choose an option; Enter checks it.</p>;
}

export function QuestionInput({ question, value, onChange, disabled, describedBy }: Props) {
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
          <KeyHint count={question.options.length} />
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
          <KeyHint count={2} />
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
            aria-describedby={describedBy ? `${describedBy} ${id}-hint` : `${id}-hint`}
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
            aria-describedby={describedBy}
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
