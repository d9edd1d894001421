"use client";
// The main navigation: links in a row on wide screens; on phones a Menu button that opens them as
// a panel (the disclosure pattern: a button with aria-expanded, not an ARIA menu, since these are
// links). Escape or a click outside closes it and focus returns to the button; choosing a link
// closes it too. The current page's link says so (aria-current).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Menu, X } from "lucide-react";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

export type NavItem = { href: string; label: string; icon?: ReactNode; cta?: boolean };

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavMenu({ items, extra }: { items: NavItem[]; extra?: ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [closedAt, setClosedAt] = useState(pathname);
  const nav = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();

  // A new page closes the panel (set during render, as React advises for state that follows a prop).
  if (closedAt !== pathname) {
    setClosedAt(pathname);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    }
    function onPointer(event: PointerEvent) {
      if (nav.current && !nav.current.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  return (
    <nav aria-label="Main" className="site-nav" data-open={open} ref={nav}>
      <button
        ref={button}
        type="button"
        className="button secondary menu-button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? <X aria-hidden="true" /> : <Menu aria-hidden="true" />}
        Menu
      </button>
      <ul className="nav-links" id={listId}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className={item.cta ? "nav-link cta" : "nav-link"}
              aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
              onClick={() => setOpen(false)}
            >
              {item.icon}
              {item.label}
            </Link>
          </li>
        ))}
        {extra && <li>{extra}</li>}
      </ul>
    </nav>
  );
}
