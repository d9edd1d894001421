// The header's links: what a guest can do, and more once signed in. When the database cannot be
// reached the header still renders (as for a guest) with a notice, so pages that need no data,
// like the home page, keep working during an outage.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import type { PublicUser } from "@/lib/auth/users";

async function currentUserOrOutage(): Promise<{ user: PublicUser | null; outage: boolean }> {
  try {
    return { user: await getCurrentUser(), outage: false };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { user: null, outage: true };
    throw error;
  }
}

export async function SiteNav() {
  const { user, outage } = await currentUserOrOutage();
  return (
    <>
      <nav aria-label="Main" className="site-nav">
        <Link href="/">Quizzes</Link>
        {user ? (
          <>
            <Link href="/review">Review</Link>
            {user.role === "teacher" ? <Link href="/teach">Teach</Link> : <Link href="/classes">Classes</Link>}
            <Link href="/progress">Progress</Link>
            <Link href="/history">My quizzes</Link>
            <Link href="/account">Account</Link>
          </>
        ) : (
          <>
            <Link href="/history">My quizzes</Link>
            <Link href="/sources">Sources</Link>
            <Link href="/sign-in">Sign in</Link>
          </>
        )}
      </nav>
      {outage && (
        <p className="seed-note outage" role="status">
          Overflight cannot reach its database right now: you can read, but answers and changes cannot be saved. Try again in a
          minute.
        </p>
      )}
    </>
  );
}
