import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowDownRight, ArrowRight, ArrowUpRight, Check, Minus, UserPlus, X } from "lucide-react";
import { ExplanationView } from "@/components/quiz/explanation-view";
import { RetryMissedButton } from "@/components/quiz/retry-missed-button";
import { ScoreRing } from "@/components/results/score-ring";
import { ShareBars } from "@/components/results/share-bars";
import { ButtonLink } from "@/components/ui/button";
import { Tabs } from "@/components/ui/tabs";
import { TopicIcon } from "@/components/ui/topic-style";
import { bankForViewer } from "@/lib/authoring/store";
import type { QuestionBank } from "@/lib/content/bank";
import { formatPercent } from "@/lib/progress/percent";
import { findPreviousAttempt, getAttempt, type AttemptView } from "@/lib/quiz/attempts";
import { breakdownAttempt, compareScores, scoreWords } from "@/lib/quiz/breakdown";
import { describeMode } from "@/lib/quiz/describe";
import { explainQuestion } from "@/lib/quiz/feedback";
import { formatIsoDate } from "@/lib/quiz/format";
import { getTaker } from "@/lib/auth/taker";

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: PageProps<"/quiz/[id]/results">) {
  const { id } = await params;
  const taker = await getTaker();
  const attempt = await getAttempt({ taker, attemptId: id });
  if (!attempt) notFound();
  const bank = await bankForViewer(taker.userId);
  const total = attempt.questionIds.length;
  const isRight = (qid: string) => attempt.answers.get(qid)?.isCorrect ?? false;
  const correct = [...attempt.answers.values()].filter((a) => a.isCorrect).length;
  const missedIds = attempt.questionIds.filter((q) => bank.questions.has(q) && !isRight(q));
  const { byTopic, byType } = breakdownAttempt(attempt.questionIds, isRight, bank);
  const previous = await findPreviousAttempt({ taker, attemptId: attempt.id, mode: attempt.mode, before: attempt.createdAt });
  const change = compareScores({ correct, total }, previous);
  const title = describeMode(attempt.mode, bank);

  return (
    <div className="stack-lg">
      <div>
        <p className="eyebrow">{attempt.assignment ? `${attempt.assignment.className} · assignment` : title}</p>
        <h1>{attempt.assignment ? `Results: ${attempt.assignment.title}` : "Results"}</h1>
        {attempt.assignment && (
          <p className="seed-note" role="note">
            Your teacher in {attempt.assignment.className} can see this score and every answer you gave.
          </p>
        )}
      </div>
      <section className="card score-hero" aria-labelledby="score-title">
        <ScoreRing correct={correct} total={total} />
        <div className="stack-sm">
          <h2 id="score-title" className="small muted">
            Your score
          </h2>
          <p className="score">
            {correct} of {total} <span className="muted small">({formatPercent(total ? correct / total : 0)})</span>
          </p>
          <p className="score-words">{scoreWords(correct, total)}</p>
          {previous && change !== null && (
            <p className={`comparison ${change > 0 ? "up" : change < 0 ? "down" : ""}`}>
              {change > 0 ? <ArrowUpRight aria-hidden="true" /> : change < 0 ? <ArrowDownRight aria-hidden="true" /> : <Minus aria-hidden="true" />}
              {change > 0 ? `Up ${change} points` : change < 0 ? `Down ${-change} points` : "The same score"} on your last attempt at this
              quiz ({previous.correct} of {previous.total} on {formatIsoDate(previous.createdAt.toISOString().slice(0, 10))}).
            </p>
          )}
          <div className="actions">
            {missedIds.length > 0 && <RetryMissedButton attemptId={attempt.id} count={missedIds.length} />}
            <ButtonLink variant="secondary" href="/" icon={<ArrowRight aria-hidden="true" />}>
              Start another quiz
            </ButtonLink>
          </div>
        </div>
      </section>

      {!taker.userId && (
        <section className="card tinted guest-offer" aria-labelledby="keep-title">
          <div>
            <h2 id="keep-title">Keep this score, and remember it for good</h2>
            <p className="muted">
              With a free account these answers become flashcards that come back just before you would forget them, and your
              quizzes on this browser move to the account.
            </p>
          </div>
          <div className="cluster">
            <ButtonLink href="/sign-up" icon={<UserPlus aria-hidden="true" />}>
              Create a free account
            </ButtonLink>
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/quiz/${attempt.id}/results`)}`}>I have an account</Link>
          </div>
        </section>
      )}

      {(byTopic.length > 0 || byType.length > 0) && (
        <div className="grid-2">
          <section className="card stack" aria-labelledby="by-topic-title">
            <h2 id="by-topic-title">By topic</h2>
            <ShareBars
              label="Right answers by topic"
              rows={byTopic.map((t) => ({
                key: t.topicId,
                topicId: t.topicId,
                label: (
                  <>
                    <TopicIcon topicId={t.topicId} size="sm" />
                    {t.title}
                  </>
                ),
                correct: t.correct,
                total: t.total,
              }))}
            />
          </section>
          <section className="card stack" aria-labelledby="by-type-title">
            <h2 id="by-type-title">By question type</h2>
            <ShareBars label="Right answers by question type" rows={byType.map((t) => ({ key: t.type, label: t.label, correct: t.correct, total: t.total }))} />
          </section>
        </div>
      )}

      <section aria-labelledby="review-title" className="stack">
        <h2 id="review-title">Every question</h2>
        <Tabs
          label="Which questions to show"
          tabs={[
            { value: "all", label: `All (${total})`, content: <QuestionList attempt={attempt} ids={attempt.questionIds} bank={bank} /> },
            {
              value: "missed",
              label: `Missed (${missedIds.length})`,
              disabled: missedIds.length === 0,
              content: <QuestionList attempt={attempt} ids={missedIds} bank={bank} />,
            },
          ]}
        />
      </section>
    </div>
  );
}

function QuestionList({ attempt, ids, bank }: { attempt: AttemptView; ids: string[]; bank: QuestionBank }) {
  return (
    <ol className="results-list">
      {ids.map((qid) => {
        const index = attempt.questionIds.indexOf(qid);
        const answer = attempt.answers.get(qid);
        const question = bank.questions.get(qid);
        const status = answer ? (answer.isCorrect ? "right" : "wrong") : "unanswered";
        return (
          <li key={qid} className={`card stack-sm result-item ${status === "right" ? "right" : "wrong"}`}>
            <h3>
              <span className="muted">{index + 1}. </span>
              {question?.prompt ?? answer?.prompt ?? "A question that has been retired"}
            </h3>
            {!question && <p className="muted small">This question has been retired from the bank since you took the quiz.</p>}
            <p className={`status-tag ${status === "right" ? "right" : "wrong"}`}>
              {status === "right" ? <Check aria-hidden="true" /> : <X aria-hidden="true" />}
              {status === "right" ? "Correct" : status === "wrong" ? "Incorrect" : "Not answered"}
            </p>
            {answer && (
              <p className="answer-lines">
                <span>Your answer: {answer.given}</span>
                {!answer.isCorrect && <span>The answer: {answer.expected}</span>}
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
  );
}
