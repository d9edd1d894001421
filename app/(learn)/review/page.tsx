import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewArea } from "@/components/review/review-area";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";
import { TabLinks } from "@/components/ui/tab-links";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/time/clock";
import { bankForViewer } from "@/lib/authoring/store";
import { loadReviewScreen, type ReviewMode } from "@/lib/srs/review-service";

export const metadata: Metadata = { title: "Review" };

const COUNTS = [
  { bucket: "new", label: "New" },
  { bucket: "learning", label: "Learning" },
  { bucket: "due", label: "Due" },
] as const;

export default async function ReviewPage({ searchParams }: PageProps<"/review">) {
  const user = await requireUser("/review");
  const query = await searchParams;
  const mode: ReviewMode = query.mode === "flashcards" ? "flashcards" : "answer";
  const bank = await bankForViewer(user.id);
  // ?topic=ID: a review of one topic only (a mastery assignment's Review button); an unknown topic is a 404.
  const topic = typeof query.topic === "string" ? bank.topics.find((t) => t.id === query.topic) : undefined;
  if (query.topic !== undefined && !topic) notFound();
  const screen = await loadReviewScreen(user, bank, await now(), mode, topic?.id);
  const withTopic = (href: string) => (topic ? `${href}${href.includes("?") ? "&" : "?"}topic=${encodeURIComponent(topic.id)}` : href);
  return (
    <div className="stack review-page">
      <div className="page-header">
        <h1>{topic ? `Review: ${topic.title}` : "Today’s review"}</h1>
        <TabLinks
          label="Review mode"
          links={[
            { href: withTopic("/review"), label: "Answer questions", current: mode === "answer" },
            { href: withTopic("/review?mode=flashcards"), label: "Flashcards", current: mode === "flashcards" },
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
      {topic && (
        <p className="muted">
          Only the cards of this topic. <Link href={mode === "flashcards" ? "/review?mode=flashcards" : "/review"}>Review every topic</Link>
        </p>
      )}
      <p className="small">
        <Link href="/cards">Cards, leeches and suspended</Link>
      </p>
      <ReviewArea card={screen.card} mode={mode} undoable={screen.undoable}>
        <section className="card">
          <EmptyState
            title={topic ? `All done for today in ${topic.title}` : "All done for today"}
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
