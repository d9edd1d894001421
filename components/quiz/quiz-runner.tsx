"use client";
// Runs a quiz in the browser: one question at a time, graded by the server, with feedback and
// its sources after each answer. The server holds the state, so a reload resumes where it was;
// the feedback being read is kept for the tab (sessionStorage), so a reload does not skip it.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { focusIfIdle } from "@/components/ui/focus";
import { sendJson } from "@/lib/http/client";
import type { StoredAnswer } from "@/lib/quiz/attempts";
import type { Explanation } from "@/lib/quiz/feedback";
import type { AnswerResponse } from "@/lib/quiz/grade";
import type { PresentedQuestion } from "@/lib/quiz/present";
import { AnswerParts, Verdict } from "./answer-feedback";
import { ExplanationView } from "./explanation-view";
import { TeacherMark } from "./teacher-mark";
import { initialResponse, isTextQuestion, missingAnswer, QuestionInput, questionKeyDown } from "./question-input";

export type QuizItem = PresentedQuestion | { id: string; retired: true };

type Feedback = { answer: StoredAnswer; explanation: Explanation | null; completed: boolean };

type Props = { attemptId: string; items: QuizItem[]; answeredIds: string[] };

const isLive = (item: QuizItem): item is PresentedQuestion => !("retired" in item);

function newKey(): string {
  return crypto.randomUUID();
}

const msSince = (start: number) => Date.now() - start;

const storageKey = (attemptId: string) => `overflight:quiz-feedback:${attemptId}`;

function readSaved(attemptId: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(attemptId));
  } catch {
    return null;
  }
}

function parseSaved(raw: string | null, answered: ReadonlySet<string>): Feedback | null {
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as Feedback;
    return answered.has(saved.answer.questionId) ? saved : null;
  } catch {
    return null;
  }
}

// sessionStorage changes only through this component, which re-renders when it writes.
const subscribeToNothing = () => () => {};

function saveFeedback(attemptId: string, feedback: Feedback | null) {
  try {
    if (feedback) window.sessionStorage.setItem(storageKey(attemptId), JSON.stringify(feedback));
    else window.sessionStorage.removeItem(storageKey(attemptId));
  } catch {
    // Storage refused (private mode, quota): a reload then simply shows the next question.
  }
}

/** Enter on the feedback continues, unless it is pressed on a control of its own (a link, a summary). */
function isOwnControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("a, button, summary, input, select, textarea") !== null;
}

export function QuizRunner({ attemptId, items, answeredIds }: Props) {
  const router = useRouter();
  const [answered, setAnswered] = useState(() => new Set(answeredIds));
  const [given, setFeedback] = useState<Feedback | null>(null);
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
  const form = useRef<HTMLFormElement>(null);

  // A reload while reading feedback shows that feedback again (only for an answer the server has);
  // the server renders the question, and the browser switches to the saved feedback after hydration.
  const savedRaw = useSyncExternalStore(subscribeToNothing, () => readSaved(attemptId), () => null);
  const restored = useMemo(() => parseSaved(savedRaw, answered), [savedRaw, answered]);
  const feedback = given ?? restored;

  // The first question was on screen (and could be answered) before hydration: focus goes to it only
  // if the person has not already put it in the answer field. Later questions take it.
  const isFirstShow = useRef(true);
  useEffect(() => {
    shownAt.current = Date.now();
    if (feedback) return;
    // A typed answer starts in its field (described by the question); choices start on the question.
    const field = current && isTextQuestion(current) ? form.current?.querySelector<HTMLInputElement>("input[type=text]") : null;
    const target = field ?? questionHeading.current;
    if (isFirstShow.current) focusIfIdle(target);
    else target?.focus();
    isFirstShow.current = false;
  }, [current, feedback]);

  useEffect(() => {
    if (feedback) feedbackHeading.current?.focus();
  }, [feedback]);

  const position = current ? items.findIndex((i) => i.id === current.id) + 1 : items.length;
  const resultsUrl = `/quiz/${attemptId}/results`;

  function goNext() {
    saveFeedback(attemptId, null);
    if (!next) {
      router.push(resultsUrl);
      return;
    }
    setFeedback(null);
    setError("");
    setCurrent(next);
    setValue(initialResponse(next));
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
      timeMs: msSince(shownAt.current),
    });
    setPending(false);
    if (sent.ok) {
      const shown = { answer: sent.data.answer, explanation: sent.data.explanation, completed: sent.data.completed };
      setAnswered((prev) => new Set(prev).add(current.id));
      setFeedback(shown);
      saveFeedback(attemptId, shown);
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
  const answeredType = feedback ? live.find((q) => q.id === feedback.answer.questionId)?.type : undefined;
  return (
    <div className="stack">
      <div className="progress quiz-progress">
        <label htmlFor="quiz-progress" className="small">
          {answeredCount} of {items.length} answered
        </label>
        <progress
          id="quiz-progress"
          max={items.length}
          value={answeredCount}
          aria-valuetext={`${answeredCount} of ${items.length} questions answered`}
        />
      </div>

      {feedback ? (
        <section
          className="card stack feedback-card"
          aria-labelledby="feedback-title"
          onKeyDown={(event) => {
            if (event.key !== "Enter" || isOwnControl(event.target)) return;
            event.preventDefault();
            goNext();
          }}
        >
          <h2 id="feedback-title" ref={feedbackHeading} tabIndex={-1}>
            {feedback.answer.prompt}
          </h2>
          <Verdict grade={feedback.answer} brief={feedback.answer.parts !== undefined} />
          {feedback.answer.parts && <AnswerParts parts={feedback.answer.parts} kind={answeredType === "matching" ? "pairs" : "steps"} />}
          {feedback.explanation && <ExplanationView explanation={feedback.explanation} />}
          <div className="actions sticky-actions">
            {next ? (
              <button type="button" className="button" onClick={goNext}>
                Next question <kbd aria-hidden="true">Enter</kbd>
              </button>
            ) : (
              <Link className="button" href={resultsUrl} onClick={() => saveFeedback(attemptId, null)}>
                See results <kbd aria-hidden="true">Enter</kbd>
              </Link>
            )}
          </div>
        </section>
      ) : current ? (
        <form
          ref={form}
          className="card stack"
          onSubmit={submit}
          onKeyDown={(event) => questionKeyDown(event, current, setValue, () => form.current?.requestSubmit())}
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
            {current.byTeacher && <TeacherMark />}
          </div>
          <h2 id="question-title" ref={questionHeading} tabIndex={-1}>
            {current.prompt}
          </h2>
          <QuestionInput
            key={current.id}
            question={current}
            value={value}
            onChange={setValue}
            disabled={pending}
            describedBy="question-title"
          />
          <div className="actions">
            <button type="submit" className="button" disabled={pending}>
              {pending ? "Checking…" : "Check answer"}
            </button>
          </div>
        </form>
      ) : (
        <section className="card stack">
          <h2>All questions answered</h2>
          <Link className="button" href={resultsUrl}>
            See results
          </Link>
        </section>
      )}
      <p role="status" aria-live="polite" className="error-text">
        {error}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {feedback
          ? `${feedback.answer.isCorrect ? "Correct." : `Not quite. The answer is ${feedback.answer.expected}.`}${feedback.answer.detail ? ` ${feedback.answer.detail}` : ""} Press Enter to go on.`
          : ""}
      </p>
    </div>
  );
}
