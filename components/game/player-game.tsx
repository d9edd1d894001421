"use client";
// A player's own screen: the question and its options on their device (not coloured shapes), their
// answer sent once ("Answer received"), then their result with the right answer and its source, and
// their score and place. Every change is said in a live region; the controls are the quiz's own, so
// keys 1-9 and Enter work as in quizzes. A reload comes back here as the same player (cookie).
import { useId, useState } from "react";
import { Verdict } from "@/components/quiz/answer-feedback";
import { initialResponse, missingAnswer, QuestionInput, questionKeyDown } from "@/components/quiz/question-input";
import { StatusLine } from "@/components/ui/status";
import { sendJson } from "@/lib/http/client";
import type { PlayerView } from "@/lib/game/service";
import type { AnswerResponse } from "@/lib/quiz/grade";
import { Leaderboard, Podium, QuestionTimer, SourceSentence } from "./game-parts";
import { useGameStream, useSecondsLeft } from "./use-game-stream";

export function PlayerGame({ initial }: { initial: PlayerView }) {
  const { view, receivedAt, connected, gone } = useGameStream(`/api/games/${initial.id}/events?as=player`, initial);
  const seconds = useSecondsLeft(view, receivedAt);
  const headingId = useId();
  // The response being chosen, for the question at this index (a new question starts empty).
  const [draft, setDraft] = useState<{ index: number; value: AnswerResponse | null }>({ index: -1, value: null });
  const [problem, setProblem] = useState<{ index: number; message: string }>({ index: -1, message: "" });
  const [sending, setSending] = useState(false);
  // The answer the server acknowledged, shown at once: the stream carries it only at the next change
  // (other players' answers and one's own do not move the players' streams; a reload reads it back).
  const [acked, setAcked] = useState<{ index: number; given: string } | null>(null);
  const myAnswer = view.myAnswer ?? (view.phase === "question" && acked?.index === view.questionIndex ? { given: acked.given, isCorrect: null, points: null } : null);
  const question = view.question;
  const value = draft.index === view.questionIndex ? draft.value : question ? initialResponse(question) : null;
  const paused = view.clock.pausedRemainingMs !== null;
  const open = view.phase === "question" && !paused && !myAnswer && !view.me.removed;

  async function send() {
    if (!question || !open || sending) return;
    const missing = missingAnswer(question, value);
    if (missing || !value) {
      setProblem({ index: view.questionIndex, message: missing ?? "Choose an answer first." });
      return;
    }
    setSending(true);
    const result = await sendJson<{ questionIndex: number; given: string }>(`/api/games/${view.id}/answers`, "POST", { questionIndex: view.questionIndex, response: value });
    setSending(false);
    if (result.ok) setAcked({ index: result.data.questionIndex, given: result.data.given });
    setProblem({ index: view.questionIndex, message: result.ok ? "" : result.message });
  }

  const status = view.me.removed
    ? "The host removed you from this game."
    : gone
      ? "This game is no longer available."
      : view.phase === "lobby"
        ? `You are in, ${view.me.nickname}. Wait for the host to start the game.`
        : view.phase === "question"
          ? myAnswer
            ? `Answer received: ${myAnswer.given}. Wait for the answer to be revealed.`
            : paused
              ? "The host paused the game."
              : `Question ${view.questionIndex + 1} of ${view.questionCount}.`
          : view.phase === "reveal"
            ? myAnswer
              ? myAnswer.isCorrect
                ? `Right! +${myAnswer.points ?? 0} points.`
                : `Not this time: the answer was ${view.reveal?.correct ?? ""}.`
              : `Time is up: you did not answer. The answer was ${view.reveal?.correct ?? ""}.`
            : `The game has ended. You placed ${view.me.rank ?? "–"} of ${view.me.players} with ${view.me.score} points.`;
  const message = problem.index === view.questionIndex ? problem.message : "";

  return (
    <div className="stack-lg game-player">
      <div className="game-player-head">
        <p className="eyebrow">{view.title}</p>
        <p className="game-score" data-testid="my-score">
          <span className="visually-hidden">Your score: </span>
          {view.me.score} <span className="small muted">pts</span>
        </p>
      </div>
      <p role="status" aria-live="polite" className="game-phase" data-testid="player-status">
        {status}
        {!connected && !gone && " (reconnecting…)"}
      </p>

      {question && view.phase === "question" && !view.me.removed && (
        <form
          className="card stack question-card"
          data-question-id={question.id}
          aria-labelledby={headingId}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
          onKeyDown={(e) => questionKeyDown(e, question, (v) => setDraft({ index: view.questionIndex, value: v }), () => void send())}
        >
          <div className="game-question-head">
            <p className="eyebrow">
              Question {view.questionIndex + 1} of {view.questionCount}
            </p>
            <QuestionTimer seconds={seconds} paused={paused} />
          </div>
          <h1 id={headingId} className="game-prompt">
            {question.prompt}
          </h1>
          <QuestionInput
            question={question}
            value={value}
            onChange={(v) => setDraft({ index: view.questionIndex, value: v })}
            disabled={!open}
            describedBy={headingId}
          />
          {!myAnswer && (
            <div className="actions">
              <button type="submit" className="button" disabled={!open || sending}>
                {sending ? "Sending…" : "Send answer"}
              </button>
            </div>
          )}
          <StatusLine tone={message ? "wrong" : undefined}>{message}</StatusLine>
        </form>
      )}

      {view.phase === "reveal" && view.reveal && question && (
        <section className="card stack" aria-labelledby="reveal-title">
          <h1 id="reveal-title" className="game-prompt">
            {question.prompt}
          </h1>
          <Verdict grade={{ isCorrect: myAnswer?.isCorrect === true, given: myAnswer?.given ?? "none, the time ran out", expected: view.reveal.correct }}>
            {myAnswer?.isCorrect && <p>+{myAnswer.points ?? 0} points</p>}
          </Verdict>
          <SourceSentence reveal={view.reveal} />
          <p>
            You are <strong>{view.me.rank ?? "–"}</strong> of {view.me.players}.
          </p>
        </section>
      )}

      {view.phase === "ended" && (
        <section className="card stack" aria-labelledby="final-title">
          <h1 id="final-title">Final results</h1>
          <Podium rows={view.leaderboard} />
          <Leaderboard rows={view.leaderboard} title="Every player" />
          {!view.me.signedIn && !view.me.removed && (
            <p className="seed-note" role="note">
              Keep what you learned: <a href={`/sign-up?callbackUrl=${encodeURIComponent("/review")}`}>create an account</a> or{" "}
              <a href={`/sign-in?callbackUrl=${encodeURIComponent("/review")}`}>sign in</a> on this device, and your answers in this game become reviews that
              spaced repetition brings back.
            </p>
          )}
        </section>
      )}
      {view.phase === "lobby" && (
        <section className="card stack" aria-labelledby="wait-title">
          <h1 id="wait-title">Waiting for the host</h1>
          <p className="muted">The first question appears here when the game starts. Keep this page open; if it reloads you come back with your score.</p>
        </section>
      )}
    </div>
  );
}
