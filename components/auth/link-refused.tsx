// A single-use link that does not work (expired, used, or not one of ours): what happened, and the
// way to a new one.
import Link from "next/link";

export function LinkRefused({ message, next }: { message: string; next: { href: string; label: string } }) {
  return (
    <section className="card stack" aria-labelledby="link-refused-title">
      <h1 id="link-refused-title">This link does not work</h1>
      <p role="alert">{message}</p>
      <p>
        <Link href={next.href}>{next.label}</Link>
      </p>
    </section>
  );
}
