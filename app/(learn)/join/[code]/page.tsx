import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { requireUser } from "@/lib/auth/session";
import { findJoinInvite, normalizeJoinCode } from "@/lib/classroom/classes";

export const metadata: Metadata = { title: "Join a class" };

function decoded(code: string): string {
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}

/** A join link: the class and its teacher are named first; joining still takes one confirming press. */
export default async function JoinPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  const user = await requireUser(`/join/${encodeURIComponent(code)}`);
  const typed = normalizeJoinCode(decoded(code)).slice(0, 32);
  const invite = await findJoinInvite(user.id, typed);
  if (!invite) {
    return (
      <div className="stack">
        <h1>Join a class</h1>
        <p className="seed-note" role="note">
          No class has the code <strong>{typed}</strong>. Check it with your teacher: codes change when a teacher makes a new one.
        </p>
        <JoinClassForm />
      </div>
    );
  }
  return (
    <div className="stack">
      <div>
        <p className="eyebrow">Join a class</p>
        <h1>{invite.name}</h1>
        <p className="muted" data-testid="invite-teacher">
          Taught by {invite.teacherName}
        </p>
      </div>
      {invite.isTeacher ? (
        <p className="seed-note" role="note">
          You teach this class. <Link href="/teach">Go to your classes</Link>
        </p>
      ) : invite.isMember ? (
        <p className="seed-note" role="note">
          You are already in this class. <Link href="/classes">See its assignments</Link>
        </p>
      ) : invite.isArchived ? (
        <p className="seed-note" role="note">
          This class is archived and takes no new students.
        </p>
      ) : (
        <JoinClassForm initialCode={invite.code} className={invite.name} />
      )}
    </div>
  );
}
