// The header's links: what a guest can do, and more once signed in.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";

export async function SiteNav() {
  const user = await getCurrentUser();
  return (
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
  );
}
