// Table: a captioned table in a wrapper that scrolls sideways on narrow screens (never hiding a
// column). The wrapper is a focusable, named region so the scroll works by keyboard too;
// `stickyFirst` keeps the first column (a student, a fact) in view while the rest scrolls.
import type { ReactNode } from "react";

type TableProps = {
  caption: string;
  /** Show the caption (as a small heading) instead of keeping it for screen readers only. */
  captionVisible?: boolean;
  stickyFirst?: boolean;
  className?: string;
  children: ReactNode;
};

export function Table({ caption, captionVisible = false, stickyFirst = false, className, children }: TableProps) {
  const classes = ["table", stickyFirst ? "sticky-first" : "", className ?? ""].filter(Boolean).join(" ");
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className={classes}>
        <caption className={captionVisible ? "table-caption" : "visually-hidden"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
