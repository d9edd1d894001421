// Small figures: a meter with its value in words, a stat (big figure and label), and an empty
// state that says what the list will hold and what to do first.
import type { CSSProperties, ReactNode } from "react";
import { EmptyFlightArt } from "@/components/brand/illustrations";
import { formatPercent } from "@/lib/progress/percent";

export function Meter({ value, label, topicVar }: { value: number | null; label: string; topicVar?: CSSProperties }) {
  return (
    <span className="meter-wrap" style={topicVar ? ({ "--meter": "var(--topic)", ...topicVar } as CSSProperties) : undefined}>
      <span className="meter" aria-hidden="true">
        <span style={{ width: `${Math.round((value ?? 0) * 100)}%` }} />
      </span>
      <span>{formatPercent(value, "–")}</span>
      <span className="visually-hidden"> {label}</span>
    </span>
  );
}

export function Stat({ value, label, icon }: { value: ReactNode; label: ReactNode; icon?: ReactNode }) {
  return (
    <div className="stat">
      <span className="stat-value">
        {icon}
        {value}
      </span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

export function EmptyState({ title, level = 2, children, action }: { title: ReactNode; level?: 2 | 3; children?: ReactNode; action?: ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="empty">
      <EmptyFlightArt />
      <Heading>{title}</Heading>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}
