import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="card stack">
      <h1>Not for this account</h1>
      <p>This page is for teacher accounts. Learners find their classes and assignments under Classes.</p>
      <Link className="button" href="/classes">
        My classes
      </Link>
    </div>
  );
}
