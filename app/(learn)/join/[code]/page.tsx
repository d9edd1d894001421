import type { Metadata } from "next";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { requireUser } from "@/lib/auth/session";
import { normalizeJoinCode } from "@/lib/classroom/classes";

export const metadata: Metadata = { title: "Join a class" };

/** A join link: the code is filled in; joining still takes one confirming press. */
export default async function JoinPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  await requireUser(`/join/${encodeURIComponent(code)}`);
  return (
    <div className="stack">
      <h1>Join a class</h1>
      <JoinClassForm initialCode={normalizeJoinCode(decodeURIComponent(code)).slice(0, 32)} />
    </div>
  );
}
