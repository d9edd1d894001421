import type { Metadata } from "next";
import Link from "next/link";
import { ReviewSession } from "@/components/review/review-session";
import { UndoButton } from "@/components/review/undo-button";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";
import { TabLinks } from "@/components/ui/tab-links";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/time/clock";
import { getBank } from "@/lib/content/bank";
import { loadReviewScreen, type ReviewMode } from "@/lib/srs/review-service";

export const metadata: Metadata = { title: "Review" };

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
      <dl className="counts" aria-label="Cards left today">
        <div>
          <dt>New</dt>
          <dd>{screen.counts.new}</dd>
        </div>
        <div>
          <dt>Learning</dt>
          <dd>{screen.counts.learning}</dd>
        </div>
        <div>
          <dt>Due</dt>
          <dd>{screen.counts.due}</dd>
        </div>
      </dl>
      <div className="actions">
        <UndoButton />
        <Link href="/cards">Cards, leeches and suspended</Link>
      </div>
      {screen.card ? (
        <ReviewSession key={`${screen.card.factId}:${screen.card.version}:${mode}`} card={screen.card} mode={mode} />
      ) : (
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
      )}
    </div>
  );
}
