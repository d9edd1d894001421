// Right answers per group (topic, question type) as labelled bars. The figures are text beside
// each bar, so the list reads the same without the bars.
import type { ReactNode } from "react";
import { topicVars } from "@/components/ui/topic-style";

type Row = { key: string; label: ReactNode; correct: number; total: number; topicId?: string };

export function ShareBars({ rows, label }: { rows: Row[]; label: string }) {
  return (
    <ul className="hbars" aria-label={label}>
      {rows.map((row) => {
        const share = row.total ? row.correct / row.total : 0;
        return (
          <li key={row.key} className="hbar" style={row.topicId ? topicVars(row.topicId) : undefined}>
            <span className="hbar-label">{row.label}</span>
            <span className="hbar-value">
              {row.correct} of {row.total}
              <span className="muted"> · {Math.round(share * 100)}%</span>
            </span>
            <span className="hbar-track" aria-hidden="true">
              <span className="hbar-fill" style={{ width: `${Math.max(share * 100, row.correct ? 3 : 0)}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
