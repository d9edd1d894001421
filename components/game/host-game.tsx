"use client";
// The host's live screen (for the projector): the PIN, join link and QR code in the lobby with who
// has joined; then each question with its timer and how many have answered; the reveal with the
// distribution and the source; the leaderboard. Controls are plain buttons, so all of it works by
// keyboard. At the end the page reloads into the stored results.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { StatusLine } from "@/components/ui/status";
import { sendJson } from "@/lib/http/client";
import type { HostAction, HostView } from "@/lib/game/service";
import { Distribution, Leaderboard, QuestionTimer } from "./game-parts";
import { useGameStream, useSecondsLeft } from "./use-game-stream";

type Props = { initial: HostView; joinUrl: string; qrSvg: string };

export function HostGame({ initial, joinUrl, qrSvg }: Props) {
  const router = useRouter();
  const { view, receivedAt, connected } = useGameStream(`/api/games/${initial.id}/events?as=host`, initial);
  const seconds = useSecondsLeft(view, receivedAt);
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);
  const api = `/api/games/${view.id}`;

  useEffect(() => {
    if (view.phase === "ended") router.refresh();
  }, [view.phase, router]);

  async function control(action: HostAction) {
    setPending(true);
    const result = await sendJson(`${api}/control`, "POST", { action });
    setPending(false);
    setMessage(result.ok ? "" : result.message);
  }
  async function remove(id: string, nickname: string) {
    const result = await sendJson(`${api}/players/${id}`, "DELETE");
    setMessage(result.ok ? `${nickname} was removed.` : result.message);
  }

  const active = view.players.filter((p) => !p.removed);
  const paused = view.clock.pausedRemainingMs !== null;
  const isLast = view.questionIndex >= view.questionCount - 1;
  const phaseText =
    view.phase === "lobby"
      ? `Lobby: ${active.length} player${active.length === 1 ? "" : "s"} joined`
      : view.phase === "question"
        ? `Question ${view.questionIndex + 1} of ${view.questionCount}${paused ? ", paused" : ""}`
        : view.phase === "reveal"
          ? `Answer to question ${view.questionIndex + 1} of ${view.questionCount}`
          : "The game has ended";

  return (
    <div className="stack-lg game-host">
      <div className="page-header">
        <div>
          <p className="eyebrow">Live game</p>
          <h1>{view.title}</h1>
        </div>
        {view.pin && (
          <p className="game-pin-line">
            PIN <span className="game-pin" data-testid="game-pin">{view.pin}</span>
          </p>
        )}
      </div>
      <p role="status" aria-live="polite" className="game-phase" data-testid="game-phase">
        {phaseText}
        {!connected && " (reconnecting…)"}
      </p>

      {view.phase === "lobby" && (
        <section className="card stack" aria-labelledby="lobby-title">
          <h2 id="lobby-title">Join the game</h2>
          <div className="join-share">
            <div className="stack">
              <p>
                Go to <strong>{joinUrl.replace(/\?.*$/, "")}</strong> and enter the PIN <strong>{view.pin}</strong>, or scan the code.
              </p>
              <p className="muted small">No account needed; signed-in students join as themselves and their answers count as reviews.</p>
            </div>
            <figure className="join-qr">
              {/* Made on the server by the qrcode package from the game's own link, never from input. */}
              <div role="img" aria-label={`QR code of the join link ${joinUrl}`} dangerouslySetInnerHTML={{ __html: qrSvg }} />
            </figure>
          </div>
          <h3>Players ({active.length})</h3>
          {active.length === 0 ? (
            <p className="muted">Nobody yet: names appear here as players join.</p>
          ) : (
            <ul className="game-players" aria-label="Players">
              {active.map((p) => (
                <li key={p.id}>
                  <span>{p.nickname}</span>
                  <Button variant="ghost" size="sm" aria-label={`Remove ${p.nickname}`} onClick={() => void remove(p.id, p.nickname)}>
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {view.question && (
        <section className="card stack" aria-labelledby="host-question">
          <div className="game-question-head">
            <p className="eyebrow">
              Question {view.questionIndex + 1} of {view.questionCount} · {view.question.typeLabel}
            </p>
            {view.phase === "question" && <QuestionTimer seconds={seconds} paused={paused} />}
          </div>
          <h2 id="host-question" className="game-prompt">
            {view.question.prompt}
          </h2>
          {view.question.type === "cloze" && (
            <p className="cloze">
              {view.question.before}_____{view.question.after}
            </p>
          )}
          {view.question.type === "who_said" && <blockquote className="quote">“{view.question.quote}”</blockquote>}
          {(view.question.type === "multiple_choice" || view.question.type === "who_said") && (
            <ol className="game-options">
              {view.question.options.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ol>
          )}
          {view.question.type === "true_false" && (
            <ol className="game-options">
              <li>True</li>
              <li>False</li>
            </ol>
          )}
          {view.phase === "question" && (
            <p data-testid="answered-count">
              {view.answeredCount} of {active.length} answered
            </p>
          )}
          {view.phase === "reveal" && view.reveal && <Distribution reveal={view.reveal} />}
        </section>
      )}

      {view.phase === "reveal" && (
        <section className="card stack" aria-labelledby="board-title">
          <h2 id="board-title">Leaderboard</h2>
          <Leaderboard rows={view.leaderboard} />
        </section>
      )}

      <div className="actions game-controls">
        {view.phase === "lobby" && (
          <Button onClick={() => void control("start")} disabled={pending}>
            Start the game
          </Button>
        )}
        {view.phase === "question" && (
          <>
            <Button onClick={() => void control("reveal")} disabled={pending}>
              Reveal the answer
            </Button>
            <Button variant="secondary" onClick={() => void control(paused ? "resume" : "pause")} disabled={pending}>
              {paused ? "Resume" : "Pause"}
            </Button>
          </>
        )}
        {view.phase === "reveal" && (
          <Button onClick={() => void control("next")} disabled={pending}>
            {isLast ? "Show the results" : "Next question"}
          </Button>
        )}
        {view.phase !== "ended" && (
          <Button variant="danger" onClick={() => void control("end")} disabled={pending}>
            End the game
          </Button>
        )}
      </div>
      <StatusLine>{message}</StatusLine>
    </div>
  );
}
