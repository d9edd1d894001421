// A finished game's results, as stored: the podium, a table per player (each question right or
// wrong with the answer given) and a table per question (how many answered, got it, the common
// wrong answer), with both as CSV.
import Link from "next/link";
import { ArrowLeft, Download } from "lucide-react";
import { Table } from "@/components/ui/table";
import type { GameResults } from "@/lib/game/service";
import { Podium } from "./game-parts";

export function GameResultsView({ results }: { results: GameResults }) {
  const api = `/api/games/${results.id}/results`;
  return (
    <div className="stack-lg">
      {results.classId && (
        <Link className="back-link" href={`/teach/classes/${results.classId}`}>
          <ArrowLeft aria-hidden="true" />
          Back to the class
        </Link>
      )}
      <div className="page-header">
        <div>
          <p className="eyebrow">Live game results</p>
          <h1>{results.title}</h1>
        </div>
        <p className="muted">
          {results.players.length} player{results.players.length === 1 ? "" : "s"} · {results.questions.length} question{results.questions.length === 1 ? "" : "s"}
        </p>
      </div>
      <p role="status" className="game-phase" data-testid="game-phase">
        The game has ended
      </p>
      <section className="card stack" aria-labelledby="podium-title">
        <h2 id="podium-title">Podium</h2>
        <Podium rows={results.players} />
      </section>
      <section className="card stack" aria-labelledby="players-title">
        <h2 id="players-title">Players</h2>
        <Table caption="Results per player" stickyFirst>
          <thead>
            <tr>
              <th scope="col">Player</th>
              <th scope="col" className="num">
                Rank
              </th>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col" className="num">
                Right
              </th>
              {results.questions.map((q) => (
                <th key={q.index} scope="col">
                  Q{q.index + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.players.map((p) => (
              <tr key={p.nickname}>
                <th scope="row">{p.nickname}</th>
                <td className="num">{p.rank}</td>
                <td className="num">{p.score}</td>
                <td className="num">
                  {p.correct} of {results.questions.length}
                </td>
                {p.answers.map((a, i) => (
                  <td key={i} className={a ? (a.isCorrect ? "game-cell right" : "game-cell wrong") : "game-cell"}>
                    {a ? `${a.isCorrect ? "Right" : "Wrong"}: ${a.given}` : "No answer"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
      <section className="card stack" aria-labelledby="questions-title">
        <h2 id="questions-title">Questions</h2>
        <Table caption="Results per question">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col" className="wide">
                Question
              </th>
              <th scope="col">Answer</th>
              <th scope="col" className="num">
                Right
              </th>
              <th scope="col">Most common wrong answer</th>
            </tr>
          </thead>
          <tbody>
            {results.questions.map((q) => (
              <tr key={q.index}>
                <td className="num">{q.index + 1}</td>
                <td className="wide">{q.prompt}</td>
                <td>{q.correct}</td>
                <td className="num">
                  {q.correctCount} of {q.answered}
                </td>
                <td>{q.commonWrong ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
        <p className="actions">
          <a className="button secondary small-button" href={`${api}?layout=players`}>
            <Download aria-hidden="true" />
            Download results per player (CSV)
          </a>
          <a className="button secondary small-button" href={`${api}?layout=questions`}>
            <Download aria-hidden="true" />
            Download results per question (CSV)
          </a>
        </p>
      </section>
    </div>
  );
}
