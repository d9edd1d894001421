// Skeletons for loading.tsx: the shape of the page to come, announced once as loading.
export function Skeleton({ kind = "line", width }: { kind?: "line" | "title" | "block"; width?: string }) {
  return <span className={`skeleton ${kind}`} style={width ? { width } : undefined} aria-hidden="true" />;
}

export function PageSkeleton({ label, cards = 2 }: { label: string; cards?: number }) {
  return (
    <div className="stack page-skeleton" aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      <Skeleton kind="title" />
      <Skeleton width="45%" />
      {Array.from({ length: cards }, (_, i) => (
        <div key={i} className="card stack" aria-hidden="true">
          <Skeleton width="35%" />
          <Skeleton kind="block" />
          <Skeleton width="70%" />
        </div>
      ))}
    </div>
  );
}

/** A question card as it will stand: meta badges, the prompt, four choices, the button. */
export function QuestionSkeleton({ label }: { label: string }) {
  return (
    <div className="stack" aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      <Skeleton kind="title" width="30%" />
      <Skeleton width="100%" />
      <div className="card stack" aria-hidden="true">
        <Skeleton width="40%" />
        <Skeleton kind="title" width="85%" />
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} kind="block" width="100%" />
        ))}
      </div>
    </div>
  );
}

/** Rows of a table to come. */
export function TableSkeleton({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <div className="stack-sm" aria-busy="true">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} width={i === 0 ? "100%" : `${92 - i * 6}%`} />
      ))}
    </div>
  );
}
