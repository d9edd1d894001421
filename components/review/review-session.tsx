"use client";
// One card of today's review. Answer mode: the server grades the answer and turns it into an
// FSRS rating. Flashcards: Space flips, 1-4 (or the buttons) grade Again/Hard/Good/Easy.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { ExplanationView } from "@/components/quiz/explanation-view";
import { focusIfIdle } from "@/components/ui/focus";
import { sendJson } from "@/lib/http/client";
import { initialResponse, missingAnswer, QuestionInput } from "@/components/quiz/question-input";
import type { Explanation } from "@/lib/quiz/feedback";
import type { AnswerResponse, Grade } from "@/lib/quiz/grade";
import type { ReviewCardView, ReviewMode } from "@/lib/srs/review-service";
import { formatInterval } from "@/lib/srs/format-interval";

type Result = { rating: number; grade: Grade | null; due: string; explanation: Explanation };

const RATINGS = [
  { value: 1, label: "Again" },
  { value: 2, label: "Hard" },
  { value: 3, label: "Good" },
  { value: 4, label: "Easy" },
] as const;

const ratingLabel = (value: number) => RATINGS.find((r) => r.value === value)?.label ?? String(value);

export function ReviewSession({ card, mode }: { card: ReviewCardView; mode: ReviewMode }) {
  const router = useRouter();
  const [value, setValue] = useState<AnswerResponse | null>(() => initialResponse(card.question));
  const [flipped, setFlipped] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);
  const [hintShown, setHintShown] = useState(false);
  const clientKey = useRef(crypto.randomUUID());
  const shownAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    shownAt.current = Date.now();
    focusIfIdle(heading.current);
  }, []);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const send = useCallback(
    async (body: { response?: AnswerResponse; rating?: number }) => {
      if (pending) return;
      setPending(true);
      setMessage("");
      const sent = await sendJson<Result>("/api/reviews", "POST", {
        factId: card.factId,
        questionId: card.question.id,
        clientKey: clientKey.current,
        expectedVersion: card.version,
        timeMs: Date.now() - shownAt.current,
        ...(body.response ? { usedHint: hintShown } : {}),
        ...body,
      });
      setPending(false);
      if (sent.ok) {
        if (mode === "flashcards") {
          setMessage(`Rated ${ratingLabel(sent.data.rating)}. Next review in ${formatInterval(new Date(), new Date(sent.data.due))}.`);
          router.refresh();
        } else setResult(sent.data);
      } else if (sent.status === 409) {
        setMessage(sent.code === "unknown" ? "This card changed elsewhere. Showing it as it is now." : sent.message);
        router.refresh();
      } else if (sent.code === "unreachable") {
        setMessage("Could not reach the server. Your grade was not saved; try again.");
      } else {
        setMessage(sent.code === "unknown" ? "Something went wrong. Your grade was not saved; try again." : sent.message);
      }
    },
    [card, mode, pending, router, hintShown],
  );

  useEffect(() => {
    if (mode !== "flashcards") return;
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (event.key === " " && !flipped) {
        event.preventDefault();
        setFlipped(true);
      } else if (flipped && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        void send({ rating: Number(event.key) });
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [mode, flipped, send]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const missing = missingAnswer(card.question, value);
    if (missing || !value) return setMessage(missing ?? "Choose an answer first.");
    void send({ response: value });
  }

  const status = (
    <p role="status" aria-live="polite" className="error-text">
      {message}
    </p>
  );

  if (mode === "flashcards") {
    return (
      <section className="card stack" aria-labelledby="card-front" data-fact-id={card.factId}>
        <h2 id="card-front" ref={heading} tabIndex={-1}>
          {card.question.prompt}
        </h2>
        {!flipped ? (
          <button type="button" className="button" onClick={() => setFlipped(true)}>
            Show answer <kbd>Space</kbd>
          </button>
        ) : (
          <>
            <div className="verdict right">
              <div>
                <p>
                  <strong>Answer:</strong> {card.back?.answer}
                </p>
                <p className="small">{card.back?.statement}</p>
              </div>
            </div>
            <div className="actions" role="group" aria-label="How well did you remember?">
              {RATINGS.map((r) => (
                <button key={r.value} type="button" className="button secondary" disabled={pending} onClick={() => void send({ rating: r.value })}>
                  {r.label} · {card.intervals[r.value]} <kbd>{r.value}</kbd>
                </button>
              ))}
            </div>
          </>
        )}
        {status}
      </section>
    );
  }

  if (result) {
    const right = result.grade?.isCorrect ?? false;
    return (
      <section className="card stack" aria-labelledby="review-result">
        <h2 id="review-result" ref={resultHeading} tabIndex={-1}>
          {card.question.prompt}
        </h2>
        <div className={`verdict ${right ? "right" : "wrong"}`}>
          <span className="mark" aria-hidden="true">
            {right ? "✓" : "✗"}
          </span>
          <div>
            <p>
              <strong>{right ? "Correct." : "Not quite."}</strong> Your answer: {result.grade?.given}
            </p>
            {!right && <p>The answer: {result.grade?.expected}</p>}
            <p className="small">
              Graded {ratingLabel(result.rating)}: next review in {formatInterval(new Date(), new Date(result.due))}.
            </p>
          </div>
        </div>
        <ExplanationView explanation={result.explanation} />
        <div className="actions">
          <button type="button" className="button" onClick={() => router.refresh()}>
            Next card
          </button>
        </div>
        {status}
      </section>
    );
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="review-question" data-question-id={card.question.id} data-question-type={card.question.type}>
      <div className="question-meta">
        <span className="pill">{card.isNew ? "New card" : "Review"}</span>
        <span className="pill">{card.question.typeLabel}</span>
        {card.question.topicTitle && <span className="pill">{card.question.topicTitle}</span>}
      </div>
      <h2 id="review-question" ref={heading} tabIndex={-1}>
        {card.question.prompt}
      </h2>
      <QuestionInput key={card.question.id} question={card.question} value={value} onChange={setValue} disabled={pending} />
      {hintShown && card.hint && (
        <p className="seed-note" role="status">
          <strong>Hint: </strong>
          {card.hint}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Checking…" : "Check answer"}
        </button>
        {card.hint && !hintShown && (
          <button type="button" className="button secondary" onClick={() => setHintShown(true)}>
            Show a hint
          </button>
        )}
      </div>
      {status}
    </form>
  );
}
