import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { QuestionForm } from "@/components/teach/question-form";
import { QuestionTypeLinks } from "@/components/teach/question-type-links";
import { requireTeacher } from "@/lib/auth/session";
import { factChoices, formValuesOf } from "@/lib/authoring/choices";
import { AUTHORED_TYPES, type AuthoredType } from "@/lib/authoring/fields";
import { bankForClass, getClassQuestion } from "@/lib/authoring/store";

export const metadata: Metadata = { title: "Edit a question" };

const isAuthoredType = (value: unknown): value is AuthoredType => AUTHORED_TYPES.some((t) => t === value);

export default async function EditQuestionPage({ params, searchParams }: PageProps<"/teach/classes/[id]/questions/[qid]">) {
  const { id, qid } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/questions/${qid}`);
  const [found, bank] = await Promise.all([getClassQuestion(teacher.id, id, qid), bankForClass(teacher.id, id)]);
  if (!found || !bank || !found.question) notFound();
  const query = await searchParams;
  const storedType = isAuthoredType(found.question.type) ? found.question.type : "multiple_choice";
  const type = isAuthoredType(query.type) ? query.type : storedType;
  const base = `/teach/classes/${id}/questions/${qid}`;
  // A fact of the bank only: a retired question's own fact is still the class's, so it is offered too.
  const groups = factChoices(bank);
  return (
    <div className="stack-lg">
      <Link className="back-link" href={`/teach/classes/${id}/questions`}>
        <ArrowLeft aria-hidden="true" />
        Your questions
      </Link>
      <div>
        <p className="eyebrow">Edit a question</p>
        <h1>{found.question.prompt}</h1>
      </div>
      {found.retiredAt && (
        <p className="seed-note" role="note">
          This question is retired: saving changes keeps it retired. Bring it back from the list of your questions.
        </p>
      )}
      <p className="muted">Answers already given keep the question and answer they were given.</p>
      <div className="question-choices">
        <QuestionTypeLinks current={type} href={(t) => `${base}?type=${t}`} />
      </div>
      <QuestionForm
        key={type}
        classId={id}
        questionId={qid}
        type={type}
        isNewFact={false}
        factGroups={groups}
        topics={bank.topics.map((t) => ({ id: t.id, title: t.title }))}
        initial={formValuesOf(found.question, found.factId)}
      />
    </div>
  );
}
