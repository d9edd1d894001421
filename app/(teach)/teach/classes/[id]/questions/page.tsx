import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Plus } from "lucide-react";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { quotedSentence } from "@/components/ui/quote";
import { requireTeacher } from "@/lib/auth/session";
import { listClassQuestions } from "@/lib/authoring/store";
import { QUESTION_TYPE_LABELS } from "@/lib/content/schema";

export const metadata: Metadata = { title: "Your questions" };

// The questions a teacher wrote for one class: live ones first, then retired ones (kept, with their answers).
export default async function ClassQuestionsPage({ params, searchParams }: PageProps<"/teach/classes/[id]/questions">) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/questions`);
  const found = await listClassQuestions(teacher.id, id);
  if (!found) notFound();
  const query = await searchParams;
  const saved = typeof query.saved === "string" ? found.questions.find((q) => q.id === query.saved) : undefined;
  const live = found.questions.filter((q) => !q.retiredAt).length;
  return (
    <div className="stack-lg">
      <Link className="back-link" href={`/teach/classes/${id}`}>
        <ArrowLeft aria-hidden="true" />
        Back to {found.name}
      </Link>
      <div className="page-header">
        <div>
          <p className="eyebrow">{found.name}</p>
          <h1>Your questions</h1>
        </div>
        <ButtonLink href={`/teach/classes/${id}/questions/new`} icon={<Plus aria-hidden="true" />}>
          Write a question
        </ButtonLink>
      </div>
      <p className="muted">
        Only this class sees them: its students in quizzes you assign and in their reviews, marked &ldquo;Written by your teacher&rdquo;. They are checked
        by the same rules as the app&apos;s own questions when you save.
      </p>
      <p role="status" className="status-line">
        {saved ? `Question saved: ${quotedSentence(saved.question?.prompt ?? "")} Pick it by hand when you set a quiz.` : ""}
      </p>
      <section className="card stack" aria-labelledby="questions-title">
        <h2 id="questions-title">
          {live} live question{live === 1 ? "" : "s"}
          {found.questions.length > live ? `, ${found.questions.length - live} retired` : ""}
        </h2>
        {found.questions.length === 0 ? (
          <p className="muted">None yet. Write one on any fact of the app, or on a new fact with its source.</p>
        ) : (
          <ul className="results-list roster" aria-label="Questions you wrote">
            {found.questions.map((q) => {
              const prompt = q.question?.prompt ?? "(this question can no longer be read)";
              return (
                <li key={q.id} data-question={q.bankId} className="teacher-question">
                  <div className="stack-sm teacher-question-text">
                    <strong>{prompt}</strong>
                    <span className="muted small">Fact: {q.factStatement}</span>
                    <span className="badges">
                      {q.question && <Badge tone="brand">{QUESTION_TYPE_LABELS[q.question.type]}</Badge>}
                      {q.isOwnFact && <Badge tone="note">Your own fact</Badge>}
                      {q.retiredAt && <Badge tone="wrong">Retired</Badge>}
                    </span>
                  </div>
                  <span className="actions">
                    <ButtonLink href={`/teach/classes/${id}/questions/${q.id}`} variant="secondary" size="sm" aria-label={`Edit “${prompt}”`}>
                      Edit
                    </ButtonLink>
                    {q.retiredAt ? (
                      <ActionButton url={`/api/classes/${id}/questions/${q.id}`} method="PATCH" body={{ retired: false }} label="Bring back" ariaLabel={`Bring back “${prompt}”`} done="Brought back." />
                    ) : (
                      <ActionButton
                        url={`/api/classes/${id}/questions/${q.id}`}
                        method="PATCH"
                        body={{ retired: true }}
                        label="Retire"
                        ariaLabel={`Retire “${prompt}”`}
                        done="Retired: it leaves quizzes and reviews; its answers stay."
                      />
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
