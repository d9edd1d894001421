"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card stack" role="alert">
      <h1>This page could not be loaded</h1>
      <p>
        Something went wrong on our side, or the database is briefly out of reach. Nothing you entered before was lost. Try again
        in a moment.
      </p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
