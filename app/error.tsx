"use client";
import { RotateCcw } from "lucide-react";
import { EmptyState } from "@/components/ui/meter";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="card" role="alert">
      <EmptyState
        title="This page could not be loaded"
        action={
          <button type="button" className="button" onClick={reset}>
            <RotateCcw aria-hidden="true" />
            Try again
          </button>
        }
      >
        Something went wrong on our side, or the database is briefly out of reach. Nothing you entered before was lost. Try
        again in a moment.
      </EmptyState>
    </section>
  );
}
