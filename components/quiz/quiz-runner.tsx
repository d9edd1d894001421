"use client";
// Runs a quiz in the browser: one question at a time, graded by the server, with feedback and
// its sources after each answer. The server holds the state, so a reload resumes where it was.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { focusIfIdle } from "@/components/ui/focus";
import { sendJson } from "@/lib/http/client";
import type { StoredAnswer } from "@/lib/quiz/attempts";
import type { Explanation } from "@/lib/quiz/feedback";
import type { AnswerResponse } from "@/lib/quiz/grade";
import type { PresentedQuestion } from "@/lib/quiz/present";
import { ExplanationView } from "./explanation-view";
import { initialResponse, missingAnswer, QuestionInput } from "./question-input";

export type QuizItem = PresentedQuestion | { id: string; retired: true };

type Feedback = { answer: StoredAnswer; explanation: Explanation | null; completed: boolean };

type Props = { attemptId: string; items: QuizItem[]; answeredIds: string[] };

const isLive = (item: QuizItem): item is PresentedQuestion => !("retired" in item);

function newKey(): string {
  return crypto.randomUUID();
}

export function QuizRunner({ attemptId, items, answeredIds }: Props) {
  const [answered, setAnswered] = useState(() => new Set(answeredIds));
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);
  const live = items.filter(isLive);
  const next = live.find((q) => !answered.has(q.id));
  const [current, setCurrent] = useState<PresentedQuestion | undefined>(next);
  const [value, setValue] = useState<AnswerResponse | null>(() => (next ? initialResponse(next) : null));
  // One key per question shown: a resend after a timeout or a double click is stored once.
  const clientKey = useRef(newKey());
  const shownAt = useRef(0);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const feedbackHeading = useRef<HTMLHeadingElement>(null);

  // The first question was on screen (and could be answered) before hydration: focus goes to its
  // heading only if the person has not already put it in the answer field. Later questions take it.
  const isFirstShow = useRef(true);
  useEffect(() => {
    shownAt.current = Date.now();
    if (feedback) return;
    if (isFirstShow.current) focusIfIdle(questionHeading.current);
    else questionHeading.current?.focus();
    isFirstShow.current = false;
  }, [current, feedback]);

  useEffect(() => {
    if (feedback) feedbackHeading.current?.focus();
  }, [feedback]);

  const position = current ? items.findIndex((i) => i.id === current.id) + 1 : items.length;

  function goNext() {
    setFeedback(null);
    setError("");
    setCurrent(next);
    setValue(next ? initialResponse(next) : null);
    clientKey.current = newKey();
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!current || pending) return;
    const missing = missingAnswer(current, value);
    if (missing || !value) {
      setError(missing ?? "Choose an answer first.");
      return;
    }
    setPending(true);
    setError("");
    const sent = await sendJson<Feedback>(`/api/attempts/${attemptId}/answers`, "POST", {
      questionId: current.id,
      clientKey: clientKey.current,
      response: value,
      timeMs: Date.now() - shownAt.current,
    });
    setPending(false);
    if (sent.ok) {
      setAnswered((prev) => new Set(prev).add(current.id));
      setFeedback({ answer: sent.data.answer, explanation: sent.data.explanation, completed: sent.data.completed });
    } else if (sent.code === "already_answered") {
      setAnswered((prev) => new Set(prev).add(current.id));
      setError("This question was already answered (perhaps in another tab). Moving on.");
      const following = live.find((q) => q.id !== current.id && !answered.has(q.id));
      setCurrent(following);
      setValue(following ? initialResponse(following) : null);
      clientKey.current = newKey();
    } else if (sent.code === "unreachable") {
      setError("Could not reach the server. Your answer was not saved; check your connection and try again.");
    } else {
      setError(sent.code === "unknown" ? "Something went wrong. Your answer was not saved; try again." : sent.message);
    }
  }

  const answeredCount = answered.size;
  return (
    <div className="stack">
      <div className="progress">
        <label htmlFor="quiz-progress" className="small muted">
          {answeredCount} of {items.length} answered
        </label>
        <progress id="quiz-progress" max={items.length} value={answeredCount} />
      </div>

      {feedback ? (
        <section className="card stack" aria-labelledby="feedback-title">
          <h2 id="feedback-title" ref={feedbackHeading} tabIndex={-1}>
            {feedback.answer.prompt}
          </h2>
          <div className={`verdict ${feedback.answer.isCorrect ? "right" : "wrong"}`}>
            <span className="mark" aria-hidden="true">
              {feedback.answer.isCorrect ? "✓" : "✗"}
            </span>
            <div>
              <p>
                <strong>{feedback.answer.isCorrect ? "Correct." : "Not quite."}</strong> Your answer: {feedback.answer.given}
              </p>
              {!feedback.answer.isCorrect && <p>The answer: {feedback.answer.expected}</p>}
              {feedback.answer.detail && <p className="small">{feedback.answer.detail}</p>}
            </div>
          </div>
          {feedback.explanation && <ExplanationView explanation={feedback.explanation} />}
          <div className="actions">
            {next ? (
              <button type="button" className="button" onClick={goNext}>
                Next question
              </button>
            ) : (
              <Link className="button" href={`/quiz/${attemptId}/results`}>
                See results
              </Link>
            )}
          </div>
        </section>
      ) : current ? (
        <form
          className="card stack"
          onSubmit={submit}
          aria-labelledby="question-title"
          noValidate
          data-question-id={current.id}
          data-question-type={current.type}
        >
          <div className="question-meta">
            <span className="pill">
              Question {position} of {items.length}
            </span>
            <span className="pill">{current.typeLabel}</span>
            {current.topicTitle && <span className="pill">{current.topicTitle}</span>}
          </div>
          <h2 id="question-title" ref={questionHeading} tabIndex={-1}>
            {current.prompt}
          </h2>
          <QuestionInput key={current.id} question={current} value={value} onChange={setValue} disabled={pending} />
          <div className="actions">
            <button type="submit" className="button" disabled={pending}>
              {pending ? "Checking…" : "Check answer"}
            </button>
          </div>
        </form>
      ) : (
        <section className="card stack">
          <h2>All questions answered</h2>
          <Link className="button" href={`/quiz/${attemptId}/results`}>
            See results
          </Link>
        </section>
      )}
      <p role="status" aria-live="polite" className="error-text">
        {error}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {feedback ? (feedback.answer.isCorrect ? "Correct." : `Not quite. The answer is ${feedback.answer.expected}.`) : ""}
      </p>
    </div>
  );
}
