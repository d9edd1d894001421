import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExplanationView } from "@/components/quiz/explanation-view";
import { RetryMissedButton } from "@/components/quiz/retry-missed-button";
import { getBank } from "@/lib/content/bank";
import { formatPercent } from "@/lib/progress/percent";
import { getAttempt } from "@/lib/quiz/attempts";
import { getTaker } from "@/lib/auth/taker";
import { explainQuestion } from "@/lib/quiz/feedback";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: PageProps<"/quiz/[id]/results">) {
  const { id } = await params;
  const attempt = await getAttempt({ taker: await getTaker(), attemptId: id });
  if (!attempt) notFound();
  const bank = getBank();
  const total = attempt.questionIds.length;
  const correct = [...attempt.answers.values()].filter((a) => a.isCorrect).length;
  const missed = attempt.questionIds.filter((q) => bank.questions.has(q) && !attempt.answers.get(q)?.isCorrect).length;

  return (
    <div className="stack">
      <h1>Results</h1>
      <section className="card stack" aria-labelledby="score-title">
        <h2 id="score-title">Your score</h2>
        <p className="score">
          {correct} of {total} <span className="muted small">({formatPercent(total ? correct / total : 0)})</span>
        </p>
        <div className="actions">
          {missed > 0 && <RetryMissedButton attemptId={attempt.id} count={missed} />}
          <Link className="button secondary" href="/">
            Start another quiz
          </Link>
        </div>
      </section>

      <section aria-labelledby="review-title" className="stack">
        <h2 id="review-title">Every question</h2>
        <ol className="results-list">
          {attempt.questionIds.map((qid, index) => {
            const answer = attempt.answers.get(qid);
            const question = bank.questions.get(qid);
            const status = answer ? (answer.isCorrect ? "right" : "wrong") : "unanswered";
            return (
              <li key={qid} className="card stack">
                <h3>
                  <span className="muted">{index + 1}. </span>
                  {question?.prompt ?? answer?.prompt ?? "A question that has been retired"}
                </h3>
                {!question && <p className="muted small">This question has been retired from the bank since you took the quiz.</p>}
                <p className={`status-tag ${status === "right" ? "right" : "wrong"}`}>
                  <span aria-hidden="true">{status === "right" ? "✓ " : "✗ "}</span>
                  {status === "right" ? "Correct" : status === "wrong" ? "Incorrect" : "Not answered"}
                </p>
                {answer && (
                  <p>
                    Your answer: {answer.given}
                    {!answer.isCorrect && (
                      <>
                        <br />
                        The answer: {answer.expected}
                      </>
                    )}
                  </p>
                )}
                {question && (
                  <details>
                    <summary>Explanation and source</summary>
                    <ExplanationView explanation={explainQuestion(question, bank)} />
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
