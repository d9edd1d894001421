import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { QuestionForm } from "@/components/teach/question-form";
import { QuestionTypeLinks } from "@/components/teach/question-type-links";
import { TabLinks } from "@/components/ui/tab-links";
import { requireTeacher } from "@/lib/auth/session";
import { factChoices } from "@/lib/authoring/choices";
import { AUTHORED_TYPES, type AuthoredType } from "@/lib/authoring/fields";
import { bankForClass, listClassQuestions } from "@/lib/authoring/store";

export const metadata: Metadata = { title: "Write a question" };

const isAuthoredType = (value: unknown): value is AuthoredType => AUTHORED_TYPES.some((t) => t === value);

// ?type= chooses the question type and ?on=new a new fact: links, so the form shows only its fields without JavaScript.
export default async function NewQuestionPage({ params, searchParams }: PageProps<"/teach/classes/[id]/questions/new">) {
  const { id } = await params;
  const teacher = await requireTeacher(`/teach/classes/${id}/questions/new`);
  const [found, bank] = await Promise.all([listClassQuestions(teacher.id, id), bankForClass(teacher.id, id)]);
  if (!found || !bank) notFound();
  const query = await searchParams;
  const type = isAuthoredType(query.type) ? query.type : "multiple_choice";
  const isNewFact = query.on === "new";
  const base = `/teach/classes/${id}/questions/new`;
  const href = (t: AuthoredType, onNew: boolean) => `${base}?type=${t}${onNew ? "&on=new" : ""}`;
  return (
    <div className="stack-lg">
      <Link className="back-link" href={`/teach/classes/${id}/questions`}>
        <ArrowLeft aria-hidden="true" />
        Your questions in {found.name}
      </Link>
      <div>
        <p className="eyebrow">{found.name}</p>
        <h1>Write a question</h1>
      </div>
      <div className="stack-sm question-choices">
        <QuestionTypeLinks current={type} href={(t) => href(t, isNewFact)} />
        <TabLinks
          label="The fact it tests"
          links={[
            { href: href(type, false), label: "On a fact of the app", current: !isNewFact },
            { href: href(type, true), label: "On a new fact, with its source", current: isNewFact },
          ]}
        />
      </div>
      <QuestionForm
        key={`${type}-${isNewFact}`}
        classId={id}
        type={type}
        isNewFact={isNewFact}
        factGroups={factChoices(bank)}
        topics={bank.topics.map((t) => ({ id: t.id, title: t.title }))}
        initial={typeof query.fact === "string" ? { fact: query.fact } : {}}
        clientKey={crypto.randomUUID()}
      />
    </div>
  );
}
