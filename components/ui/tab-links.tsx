// A segmented row of links between views that are pages of their own (review by answering or as
// flashcards): it looks like tabs, but each is a link, and the current one says so.
import Link from "next/link";
import type { ReactNode } from "react";

export function TabLinks({ label, links }: { label: string; links: { href: string; label: ReactNode; current: boolean }[] }) {
  return (
    <nav aria-label={label} className="tabs-list">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className="tab" aria-current={l.current ? "page" : undefined}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
