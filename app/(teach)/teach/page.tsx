import type { Metadata } from "next";
import Link from "next/link";
import { Users } from "lucide-react";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { TopicGrid } from "@/components/topic-grid";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/meter";
import { getBank } from "@/lib/content/bank";
import { requireTeacher } from "@/lib/auth/session";
import { listTeacherClasses } from "@/lib/classroom/classes";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const teacher = await requireTeacher("/teach");
  const classes = await listTeacherClasses(teacher.id);
  return (
    <div className="stack-lg">
      <div>
        <p className="eyebrow">Teach</p>
        <h1>Your classes</h1>
      </div>
      {classes.length === 0 ? (
        <section className="card">
          <EmptyState title="No classes yet">
            Create one below, then give your students its join code or link. Their quizzes, recall and misconceptions show up
            in the gradebook.
          </EmptyState>
        </section>
      ) : (
        <ul className="grid">
          {classes.map((c) => (
            <li key={c.id}>
              <article className="card topic-card class-card" aria-labelledby={`class-${c.id}`}>
                <div className="topic-card-head">
                  <span className="topic-icon" aria-hidden="true">
                    <Users />
                  </span>
                  <h2 id={`class-${c.id}`}>
                    <Link href={`/teach/classes/${c.id}`}>{c.name}</Link>
                  </h2>
                </div>
                <p>
                  {c._count.members} student{c._count.members === 1 ? "" : "s"} · {c._count.assignments} assignment
                  {c._count.assignments === 1 ? "" : "s"}
                </p>
                {c.archivedAt && <Badge tone="note">Archived</Badge>}
              </article>
            </li>
          ))}
        </ul>
      )}
      <CreateClassForm />
      <section aria-labelledby="try-title">
        <div className="section-title">
          <h2 id="try-title">The topics your students study</h2>
        </div>
        <TopicGrid topics={getBank().topics} />
      </section>
    </div>
  );
}
