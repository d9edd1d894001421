import type { Metadata } from "next";
import Link from "next/link";
import { ReviewArea } from "@/components/review/review-area";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";
import { TabLinks } from "@/components/ui/tab-links";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { loadReviewScreen, type ReviewMode } from "@/lib/srs/review-service";

export const metadata: Metadata = { title: "Review" };

const COUNTS = [
  { bucket: "new", label: "New" },
  { bucket: "learning", label: "Learning" },
  { bucket: "due", label: "Due" },
] as const;

export default async function ReviewPage({ searchParams }: PageProps<"/review">) {
  const user = await requireUser("/review");
  const mode: ReviewMode = (await searchParams).mode === "flashcards" ? "flashcards" : "answer";
  const screen = await loadReviewScreen(user, getBank(), await now(), mode);
  return (
    <div className="stack review-page">
      <div className="page-header">
        <h1>Today’s review</h1>
        <TabLinks
          label="Review mode"
          links={[
            { href: "/review", label: "Answer questions", current: mode === "answer" },
            { href: "/review?mode=flashcards", label: "Flashcards", current: mode === "flashcards" },
          ]}
        />
      </div>
      <dl className="counts" aria-label="Cards left today, the one shown included">
        {COUNTS.map(({ bucket, label }) => (
          <div key={bucket} className={screen.card?.bucket === bucket ? "current" : undefined}>
            <dt>
              {label}
              {screen.card?.bucket === bucket && <span className="visually-hidden"> (the card shown is one of them)</span>}
            </dt>
            <dd>{screen.counts[bucket]}</dd>
          </div>
        ))}
      </dl>
      <p className="small">
        <Link href="/cards">Cards, leeches and suspended</Link>
      </p>
      <ReviewArea card={screen.card} mode={mode} undoable={screen.undoable}>
        <section className="card">
          <EmptyState
            title="All done for today"
            action={
              <div className="cluster">
                <ButtonLink href="/progress">See your progress</ButtonLink>
                <ButtonLink href="/" variant="secondary">
                  Take a quiz
                </ButtonLink>
              </div>
            }
          >
            No cards are due and today’s new cards are learned. Come back tomorrow, or take a quiz meanwhile.
          </EmptyState>
        </section>
      </ReviewArea>
    </div>
  );
}
