// The score as a ring: the share right drawn as an arc, the percentage in the middle. Decorative:
// the score is also said in words beside it.
import type { CSSProperties } from "react";

export function ScoreRing({ correct, total }: { correct: number; total: number }) {
  const share = total ? correct / total : 0;
  const r = 52;
  const length = 2 * Math.PI * r;
  const colour = share >= 0.7 ? "var(--right-solid)" : share >= 0.5 ? "var(--brand)" : "var(--flight)";
  return (
    <svg className="score-ring" viewBox="0 0 128 128" aria-hidden="true" style={{ "--ring": colour } as CSSProperties}>
      <circle className="track" cx="64" cy="64" r={r} fill="none" strokeWidth="12" />
      <circle
        className="value"
        cx="64"
        cy="64"
        r={r}
        fill="none"
        strokeWidth="12"
        strokeLinecap="round"
        strokeDasharray={length}
        strokeDashoffset={length * (1 - share)}
        transform="rotate(-90 64 64)"
      />
      <text x="64" y="70" textAnchor="middle" fontSize="26" fontWeight="800">
        {Math.round(share * 100)}%
      </text>
    </svg>
  );
}
