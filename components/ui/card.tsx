// Card: the surface every block of a page sits on. `as` keeps the right element (a section with
// its heading, an article in a list); CardHeader puts a title and its actions on one line.
import type { HTMLAttributes, ReactNode } from "react";

type CardProps = HTMLAttributes<HTMLElement> & { as?: "div" | "section" | "article" | "aside" | "li" | "form"; tone?: "plain" | "tinted" | "flat" };

export function Card({ as: Tag = "div", tone = "plain", className, children, ...rest }: CardProps) {
  const classes = ["card", tone === "plain" ? "" : tone, className ?? ""].filter(Boolean).join(" ");
  return (
    <Tag className={classes} {...rest}>
      {children}
    </Tag>
  );
}

export function CardHeader({ title, actions, className }: { title: ReactNode; actions?: ReactNode; className?: string }) {
  return (
    <div className={className ? `card-header ${className}` : "card-header"}>
      {title}
      {actions && <div className="cluster">{actions}</div>}
    </div>
  );
}
