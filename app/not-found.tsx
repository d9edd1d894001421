import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card stack">
      <h1>Not found</h1>
      <p>This page does not exist, or it belongs to someone else.</p>
      <Link className="button" href="/">
        Back to the quizzes
      </Link>
    </div>
  );
}
