import type { Metadata } from "next";
import Link from "next/link";
import { CreateClassForm } from "@/components/teach/create-class-form";
import { requireTeacher } from "@/lib/auth/session";
import { listTeacherClasses } from "@/lib/classroom/classes";

export const metadata: Metadata = { title: "Teach" };

export default async function TeachPage() {
  const teacher = await requireTeacher("/teach");
  const classes = await listTeacherClasses(teacher.id);
  return (
    <div className="stack">
      <h1>Your classes</h1>
      {classes.length === 0 ? (
        <p>No classes yet. Create one, then give your students its join code or link.</p>
      ) : (
        <ul className="grid">
          {classes.map((c) => (
            <li key={c.id}>
              <article className="card topic-card" aria-labelledby={`class-${c.id}`}>
                <h2 id={`class-${c.id}`}>
                  <Link href={`/teach/classes/${c.id}`}>{c.name}</Link>
                </h2>
                <p>
                  {c._count.members} student{c._count.members === 1 ? "" : "s"} · {c._count.assignments} assignment
                  {c._count.assignments === 1 ? "" : "s"}
                </p>
                {c.archivedAt && <span className="pill">Archived</span>}
              </article>
            </li>
          ))}
        </ul>
      )}
      <CreateClassForm />
    </div>
  );
}
