// Badge: a short label (a state, a count, a question type, a topic) in one of a few tones.
import type { ReactNode } from "react";
import { topicVars } from "./topic-style";

type BadgeProps = { tone?: "neutral" | "brand" | "right" | "wrong" | "note"; topicId?: string; icon?: ReactNode; children: ReactNode; className?: string };

export function Badge({ tone = "neutral", topicId, icon, children, className }: BadgeProps) {
  const classes = ["badge", topicId ? "topic" : tone === "neutral" ? "" : tone, className ?? ""].filter(Boolean).join(" ");
  return (
    <span className={classes} style={topicId ? topicVars(topicId) : undefined}>
      {icon}
      {children}
    </span>
  );
}
