// The status line: a live region under a form or a button that says what just happened, in
// words and (when given) in colour. Always rendered, so a screen reader hears the change.
import type { ReactNode } from "react";

export function StatusLine({ tone, className, children }: { tone?: "right" | "wrong"; className?: string; children?: ReactNode }) {
  return (
    <p role="status" aria-live="polite" className={["status-line", tone ?? "", className ?? ""].filter(Boolean).join(" ")}>
      {children}
    </p>
  );
}
