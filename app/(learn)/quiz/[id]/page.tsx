import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizRunner, type QuizItem } from "@/components/quiz/quiz-runner";
import { bankForViewer } from "@/lib/authoring/store";
import { getAttempt } from "@/lib/quiz/attempts";
import { describeMode } from "@/lib/quiz/describe";
import { getTaker } from "@/lib/auth/taker";
import { presentQuestion } from "@/lib/quiz/present";
import { AssignmentHeading } from "@/components/classes/assignment-heading";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ params }: PageProps<"/quiz/[id]">) {
  const { id } = await params;
  const taker = await getTaker();
  const attempt = await getAttempt({ taker, attemptId: id });
  if (!attempt) notFound();
  const bank = await bankForViewer(taker.userId);
  const items: QuizItem[] = attempt.questionIds.map((qid) => {
    const q = bank.questions.get(qid);
    return q ? presentQuestion(q, bank, attempt.id) : { id: qid, retired: true };
  });
  const open = items.some((item) => !("retired" in item) && !attempt.answers.has(item.id));
  if (!open) redirect(`/quiz/${attempt.id}/results`);
  const timeZone = (await getCurrentUser())?.timeZone ?? "UTC";
  return (
    <div className="stack quiz-page">
      {attempt.assignment ? (
        <AssignmentHeading assignment={attempt.assignment} timeZone={timeZone} />
      ) : (
        <div>
          <p className="eyebrow">{describeMode(attempt.mode, bank)}</p>
          <h1>Quiz</h1>
        </div>
      )}
      <QuizRunner attemptId={attempt.id} items={items} answeredIds={[...attempt.answers.keys()]} />
    </div>
  );
}
