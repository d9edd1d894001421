// Pieces the host's and the players' screens share: the timer, the answer distribution, the source
// sentence and the leaderboard. No state of their own.
import type { GameViewBase, RevealView } from "@/lib/game/service";

export function QuestionTimer({ seconds, paused }: { seconds: number | null; paused: boolean }) {
  if (seconds === null) return null;
  return (
    <p className={`game-timer${paused ? " paused" : ""}`} role="timer" aria-live="off" aria-label={paused ? `Paused with ${seconds} seconds left` : `${seconds} seconds left`}>
      <span aria-hidden="true">{seconds}</span>
      <span className="small" aria-hidden="true">
        {paused ? "paused" : "s"}
      </span>
    </p>
  );
}

export function Distribution({ reveal }: { reveal: RevealView }) {
  const total = Math.max(1, reveal.answered);
  return (
    <div className="stack-sm">
      <p>
        Right answer: <strong data-testid="game-correct">{reveal.correct}</strong>
      </p>
      {reveal.commonWrong && (
        <p>
          Most common wrong answer: <strong>{reveal.commonWrong}</strong>
        </p>
      )}
      {reveal.counts.length === 0 ? (
        <p className="muted">Nobody answered this question.</p>
      ) : (
        <ul className="game-distribution" aria-label="Answers given">
          {reveal.counts.map((c) => (
            <li key={c.given} className={c.isCorrect ? "right" : "wrong"}>
              <span className="game-bar" aria-hidden="true" style={{ inlineSize: `${Math.round((c.count / total) * 100)}%` }} />
              <span>
                {c.given} <span className="visually-hidden">({c.isCorrect ? "right" : "wrong"})</span>
              </span>
              <span className="num">
                {c.count} {c.count === 1 ? "player" : "players"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <SourceSentence reveal={reveal} />
    </div>
  );
}

export function SourceSentence({ reveal }: { reveal: RevealView }) {
  return (
    <div className="stack-sm">
      {reveal.explanation && <p>{reveal.explanation}</p>}
      {reveal.sources.map((s) => (
        <figure key={s.url + s.quote} className="game-source">
          <blockquote>“{s.quote}”</blockquote>
          <figcaption className="small muted">
            <a href={s.url}>{s.title}</a>, {s.publisher}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

export function Leaderboard({ rows, title = "Leaderboard" }: { rows: GameViewBase["leaderboard"]; title?: string }) {
  if (rows.length === 0) return <p className="muted">No scores yet.</p>;
  return (
    <ol className="game-leaderboard" aria-label={title}>
      {rows.map((r) => (
        <li key={r.nickname}>
          <span className="game-rank">{r.rank}</span>
          <span className="game-name">{r.nickname}</span>
          <span className="num">
            {r.score} <span className="small muted">pts</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

export function Podium({ rows }: { rows: GameViewBase["leaderboard"] }) {
  const top = rows.filter((r) => r.rank <= 3).slice(0, 3);
  if (top.length === 0) return <p className="muted">Nobody played this game.</p>;
  return (
    <ol className="game-podium" aria-label="Podium">
      {top.map((r) => (
        <li key={r.nickname} className={`place-${r.rank}`}>
          <span className="game-place">{r.rank === 1 ? "1st" : r.rank === 2 ? "2nd" : "3rd"}</span>
          <strong>{r.nickname}</strong>
          <span className="num">{r.score} pts</span>
        </li>
      ))}
    </ol>
  );
}
