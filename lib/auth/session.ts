// Who is signed in. A session counts only while its account exists and its session version is
// the account's current one: signing out everywhere or changing the password ends older ones.
import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import { publicUserSelect, type PublicUser } from "./users";

export const getCurrentUser = cache(async (): Promise<PublicUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid || session.sv === undefined) return null;
  return db.user.findFirst({ where: { id: session.uid, sessionVersion: session.sv }, select: publicUserSelect });
});

/** For pages: the user, or a redirect to sign in that comes back here. */
export async function requireUser(returnTo: string): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For teacher pages: a learner account gets the 403 page, nobody gets the sign-in page. */
export async function requireTeacher(returnTo: string): Promise<PublicUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "teacher") forbidden();
  return user;
}
