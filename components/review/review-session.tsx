"use client";
// One card of today's review. Answer mode: the server grades the answer and turns it into an
// FSRS rating. Flashcards: a card that turns over (Space), graded Again/Hard/Good/Easy (1-4).
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnswerParts, Verdict } from "@/components/quiz/answer-feedback";
import { ExplanationView } from "@/components/quiz/explanation-view";
import { TeacherMark } from "@/components/quiz/teacher-mark";
import { initialResponse, isTextQuestion, missingAnswer, QuestionInput, questionKeyDown } from "@/components/quiz/question-input";
import { focusIfIdle } from "@/components/ui/focus";
import { sendJson } from "@/lib/http/client";
import type { ReviewBody } from "@/lib/offline/review-outbox";
import { formatQuote } from "@/lib/quiz/format";
import type { Explanation } from "@/lib/quiz/feedback";
import type { AnswerResponse, Grade } from "@/lib/quiz/grade";
import type { ReviewCardView, ReviewMode } from "@/lib/srs/review-service";
import { formatInterval } from "@/lib/srs/format-interval";
import type { Submitted } from "./review-area";
import { RATINGS, ratingLabel, sameIntervalAs } from "./ratings";

export type ReviewResult = { reviewId: string; rating: number; changeableTo: number[]; grade: Grade | null; due: string; explanation: Explanation };
type Result = ReviewResult;
type RatingChange = { reviewId: string; rating: number; due: string };

const msSince = (start: number) => Date.now() - start;
const nextIn = (due: string) => formatInterval(new Date(), new Date(due));

const BUCKET_LABELS = { new: "New card", learning: "Learning", due: "Due review", cram: "Cram" } as const;

/** The front of a flashcard: the question without its options; a cloze shows its sentence with the blank. */
function CardFront({ card }: { card: ReviewCardView }) {
  const q = card.question;
  if (q.type === "cloze") {
    return (
      <p className="cloze flashcard-cloze">
        {q.before}
        <span className="blank">
          <span className="visually-hidden">blank</span>
        </span>
        {q.after}
      </p>
    );
  }
  if (q.type === "who_said") return <blockquote className="quote">“{formatQuote(q.quote)}”</blockquote>;
  if (q.type === "true_false") return <p className="muted">True or false?</p>;
  return null;
}

/**
 * The learner's own rating for the answer the app just graded ("I guessed", "that was easy"), before
 * moving on: the ratings it may take, the current one pressed; keys 1-4 choose one too.
 */
function RatingChanger({ result, pending, changed, onChange }: { result: Result; pending: boolean; changed: string; onChange: (rating: number) => void }) {
  if (result.changeableTo.length < 2) {
    return result.grade && !result.grade.isCorrect ? <p className="small muted">A wrong answer stays Again: it was not recalled.</p> : null;
  }
  return (
    <div className="stack rating-change">
      <p className="small" id="rating-change-label">
        Guessed it, or was it easy? Change the rating before you go on:
      </p>
      <div className="grade-buttons" role="group" aria-labelledby="rating-change-label">
        {RATINGS.filter((r) => result.changeableTo.includes(r.value)).map((r) => (
          <button
            key={r.value}
            type="button"
            className={`grade-button ${r.tone}`}
            disabled={pending}
            aria-pressed={result.rating === r.value}
            aria-keyshortcuts={String(r.value)}
            onClick={() => onChange(r.value)}
          >
            <span className="grade-name">{r.label}</span>
            {result.rating === r.value && <span className="grade-same">current rating</span>}
            <kbd aria-hidden="true">{r.value}</kbd>
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="small rating-change-status">
        {changed}
      </p>
    </div>
  );
}

/**
 * The grades with what each would schedule. Grades that would schedule the same interval say so
 * ("same as Good"), so the learner knows that choosing between them changes nothing today.
 */
function GradeButtons({ card, pending, onGrade }: { card: ReviewCardView; pending: boolean; onGrade: (rating: number) => void }) {
  return (
    <div className="grade-buttons" role="group" aria-label="How well did you remember?">
      {RATINGS.map((r) => {
        // In cram nothing is scheduled, so there is no interval to show.
        const interval = card.intervals?.[r.value];
        const earlier = card.intervals ? sameIntervalAs(card.intervals, r.value) : null;
        return (
          <button
            key={r.value}
            type="button"
            className={`grade-button ${r.tone}`}
            disabled={pending}
            aria-keyshortcuts={String(r.value)}
            onClick={() => onGrade(r.value)}
          >
            <span className="grade-name">
              {r.label}
              {interval ? ` · ${interval}` : ""}
            </span>
            {earlier && <span className="grade-same">same as {earlier}</span>}
            <kbd aria-hidden="true">{r.value}</kbd>
          </button>
        );
      })}
    </div>
  );
}

export function ReviewSession({
  card,
  mode,
  isCram = false,
  onGraded,
  submitReview,
  onNext,
}: {
  card: ReviewCardView;
  mode: ReviewMode;
  /** A cram session: answers are logged but move no card. */
  isCram?: boolean;
  /** Says what a flashcard grade did ("Good · next in 2d"), in a line that outlives this card. */
  onGraded: (message: string) => void;
  /** Sends the review, or keeps it to send when the connection is back (then the next card is shown). */
  submitReview: (body: ReviewBody, label: string) => Promise<Submitted>;
  /** Goes on to the next card: the server's while online, else the next one loaded ahead. */
  onNext: () => void;
}) {
  const router = useRouter();
  const [value, setValue] = useState<AnswerResponse | null>(() => initialResponse(card.question));
  const [flipped, setFlipped] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);
  const [hintShown, setHintShown] = useState(false);
  const [changed, setChanged] = useState("");
  const clientKey = useRef(crypto.randomUUID());
  const shownAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const backHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    shownAt.current = Date.now();
    const field = mode === "answer" && isTextQuestion(card.question) ? form.current?.querySelector<HTMLInputElement>("input[type=text]") : null;
    // The card was on screen before hydration: focus moves only if the person has not put it somewhere.
    focusIfIdle(field ?? heading.current);
  }, [card.question, mode]);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);
  useEffect(() => {
    if (flipped) backHeading.current?.focus();
  }, [flipped]);

  const send = useCallback(
    async (body: { response?: AnswerResponse; rating?: number }) => {
      if (pending) return;
      setPending(true);
      setMessage("");
      const submitted = await submitReview(
        {
          factId: card.factId,
          questionId: card.question.id,
          clientKey: clientKey.current,
          expectedVersion: card.version,
          timeMs: msSince(shownAt.current),
          ...(body.response ? { usedHint: hintShown } : {}),
          ...(isCram ? { cram: true as const } : {}),
          ...body,
        },
        card.question.prompt,
      );
      setPending(false);
      // Kept to send later: the area has moved on to the next card.
      if (submitted.queued) return;
      const { sent } = submitted;
      if (sent.ok) {
        if (mode === "flashcards") {
          onGraded(isCram ? `${ratingLabel(sent.data.rating)} · schedule unchanged` : `${ratingLabel(sent.data.rating)} · next in ${nextIn(sent.data.due)}`);
          onNext();
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
    [card, mode, pending, router, hintShown, onGraded, isCram, submitReview, onNext],
  );

  const changeRating = useCallback(
    async (rating: number) => {
      if (pending || !result || rating === result.rating || !result.changeableTo.includes(rating)) return;
      setPending(true);
      setMessage("");
      const sent = await sendJson<RatingChange>("/api/reviews/rating", "POST", { reviewId: result.reviewId, rating });
      setPending(false);
      if (sent.ok) {
        setResult({ ...result, ...sent.data });
        setChanged(`Changed to ${ratingLabel(sent.data.rating)}: next review in ${nextIn(sent.data.due)}.`);
      } else if (sent.code === "unreachable") {
        setMessage("Could not reach the server. The rating was not changed; try again.");
      } else {
        setMessage(sent.code === "unknown" ? "Something went wrong. The rating was not changed; try again." : sent.message);
      }
    },
    [pending, result],
  );

  useEffect(() => {
    if (mode !== "answer" || !result || result.changeableTo.length < 2) return;
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (event.altKey || event.ctrlKey || event.metaKey || !["1", "2", "3", "4"].includes(event.key)) return;
      event.preventDefault();
      void changeRating(Number(event.key));
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [mode, result, changeRating]);

  useEffect(() => {
    if (mode !== "flashcards") return;
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
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
    const back = card.back;
    return (
      <section
        className="stack"
        aria-labelledby="card-front"
        data-fact-id={card.factId}
        data-question-id={card.question.id}
        data-question-type={card.question.type}
      >
        <div className={`flashcard${flipped ? " flipped" : ""}`}>
          <div className="flashcard-inner">
            <div className="flashcard-face front card stack" aria-hidden={flipped} inert={flipped}>
              <div className="question-meta">
                <span className="pill">{BUCKET_LABELS[card.bucket]}</span>
                {card.question.topicTitle && <span className="pill">{card.question.topicTitle}</span>}
                {card.question.byTeacher && <TeacherMark />}
              </div>
              <h2 id="card-front" ref={heading} tabIndex={-1}>
                {card.question.prompt}
              </h2>
              <CardFront card={card} />
              <div className="actions">
                <button type="button" className="button" onClick={() => setFlipped(true)} aria-keyshortcuts="Space">
                  Show answer <kbd aria-hidden="true">Space</kbd>
                </button>
              </div>
            </div>
            {flipped && back && (
              <div className="flashcard-face back card stack">
                <h2 id="card-back" ref={backHeading} tabIndex={-1} className="flashcard-answer">
                  <span className="eyebrow">Answer</span> {back.answer}
                </h2>
                <p className="flashcard-statement">{back.statement}</p>
                <ExplanationView explanation={back.explanation} />
              </div>
            )}
          </div>
        </div>
        {flipped && <GradeButtons card={card} pending={pending} onGrade={(rating) => void send({ rating })} />}
        {status}
      </section>
    );
  }

  if (result) {
    return (
      <section
        className="card stack feedback-card"
        aria-labelledby="review-result"
        onKeyDown={(event) => {
          // Enter goes on from the feedback, as in a quiz, unless it is pressed on a link or control of its own.
          if (event.key !== "Enter" || (event.target as HTMLElement).closest("a, button, summary")) return;
          event.preventDefault();
          onNext();
        }}
      >
        <h2 id="review-result" ref={resultHeading} tabIndex={-1}>
          {card.question.prompt}
        </h2>
        <Verdict grade={result.grade ?? { isCorrect: false, given: "", expected: "" }} brief={result.grade?.parts !== undefined}>
          <p className="small">
            {isCram
              ? `Cram answer, ${ratingLabel(result.rating)}: your schedule is unchanged (next review in ${nextIn(result.due)}).`
              : `Graded ${ratingLabel(result.rating)}: next review in ${nextIn(result.due)}.`}
          </p>
        </Verdict>
        {!isCram && <RatingChanger result={result} pending={pending} changed={changed} onChange={(rating) => void changeRating(rating)} />}
        {result.grade?.parts && <AnswerParts parts={result.grade.parts} kind={card.question.type === "matching" ? "pairs" : "steps"} />}
        <ExplanationView explanation={result.explanation} />
        <div className="actions sticky-actions">
          <button type="button" className="button" onClick={onNext}>
            Next card
          </button>
        </div>
        {status}
      </section>
    );
  }

  return (
    <form
      ref={form}
      className="card stack"
      onSubmit={submit}
      onKeyDown={(event) => questionKeyDown(event, card.question, setValue, () => form.current?.requestSubmit())}
      noValidate
      aria-labelledby="review-question"
      data-fact-id={card.factId}
      data-question-id={card.question.id}
      data-question-type={card.question.type}
    >
      <div className="question-meta">
        <span className="pill">{BUCKET_LABELS[card.bucket]}</span>
        <span className="pill">{card.question.typeLabel}</span>
        {card.question.topicTitle && <span className="pill">{card.question.topicTitle}</span>}
        {card.question.byTeacher && <TeacherMark />}
      </div>
      <h2 id="review-question" ref={heading} tabIndex={-1}>
        {card.question.prompt}
      </h2>
      <QuestionInput
        key={card.question.id}
        question={card.question}
        value={value}
        onChange={setValue}
        disabled={pending}
        describedBy="review-question"
      />
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
