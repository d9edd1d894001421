import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ReviewArea } from "@/components/review/review-area";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/meter";
import { QuestionSkeleton } from "@/components/ui/skeleton";
import { TabLinks } from "@/components/ui/tab-links";
import { requireUser } from "@/lib/auth/session";
import type { PublicUser } from "@/lib/auth/users";
import { now } from "@/lib/time/clock";
import { bankForViewer } from "@/lib/authoring/store";
import type { QuestionBank } from "@/lib/content/bank";
import { loadCramScreen, loadReviewScreen, type ReviewMode } from "@/lib/srs/review-service";

export const metadata: Metadata = { title: "Review" };

const COUNTS = [
  { bucket: "new", label: "New" },
  { bucket: "learning", label: "Learning" },
  { bucket: "due", label: "Due" },
] as const;

type Topic = QuestionBank["topics"][number];

/** Where a review screen is, as a link: its mode, topic and session kept. */
function reviewHref({ mode, topic, isCram }: { mode: ReviewMode; topic: Topic | undefined; isCram: boolean }): string {
  const query = new URLSearchParams();
  if (mode === "flashcards") query.set("mode", "flashcards");
  if (topic) query.set("topic", topic.id);
  if (topic && isCram) query.set("session", "cram");
  const text = query.toString();
  return text ? `/review?${text}` : "/review";
}

export default async function ReviewPage({ searchParams }: PageProps<"/review">) {
  const user = await requireUser("/review");
  const query = await searchParams;
  const mode: ReviewMode = query.mode === "flashcards" ? "flashcards" : "answer";
  const bank = await bankForViewer(user.id);
  // ?topic=ID: a review of one topic only (a topic's card, the dashboard, a mastery assignment's Review).
  // An unknown topic is a 404, decided here before anything streams: this segment has no loading.tsx,
  // so the status is still ours to set; the slow part streams below, behind its own skeleton.
  const topic = typeof query.topic === "string" ? bank.topics.find((t) => t.id === query.topic) : undefined;
  if (query.topic !== undefined && !topic) notFound();
  const isCram = topic !== undefined && query.session === "cram";
  return (
    <div className="stack review-page">
      <div className="page-header">
        <h1>{topic ? `${isCram ? "Cram" : "Review"}: ${topic.title}` : "Today’s review"}</h1>
        <TabLinks
          label="Review mode"
          links={[
            { href: reviewHref({ mode: "answer", topic, isCram }), label: "Answer questions", current: mode === "answer" },
            { href: reviewHref({ mode: "flashcards", topic, isCram }), label: "Flashcards", current: mode === "flashcards" },
          ]}
        />
      </div>
      {topic && !isCram && (
        <p className="muted">
          Only the cards of this topic. <Link href={reviewHref({ mode, topic: undefined, isCram })}>Review every topic</Link> ·{" "}
          <Link href={reviewHref({ mode, topic, isCram: true })}>Cram this topic before a test</Link>
        </p>
      )}
      {topic && isCram && (
        <p className="muted">
          Every card of this topic you have studied, weakest first; one you get wrong comes back at the end. Cram answers are kept in
          your history but leave your schedule as it is. <Link href={reviewHref({ mode, topic, isCram: false })}>Back to this topic’s review</Link>
        </p>
      )}
      <Suspense fallback={<QuestionSkeleton label={isCram ? "Loading the cram session…" : "Loading today’s review…"} />}>
        <ReviewBody user={user} bank={bank} mode={mode} topic={topic} isCram={isCram} />
      </Suspense>
    </div>
  );
}

async function ReviewBody({ user, bank, mode, topic, isCram }: { user: PublicUser; bank: QuestionBank; mode: ReviewMode; topic: Topic | undefined; isCram: boolean }) {
  const at = await now();
  const screen = topic && isCram ? await loadCramScreen(user, bank, at, mode, topic.id) : await loadReviewScreen(user, bank, at, mode, topic?.id);
  return (
    <>
      {isCram ? (
        <dl className="counts" aria-label="Cards left in this cram session, the one shown included">
          <div className="current">
            <dt>Left to cram</dt>
            <dd>{screen.cramLeft ?? 0}</dd>
          </div>
        </dl>
      ) : (
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
      )}
      <p className="small">
        <Link href="/cards">Cards, leeches and suspended</Link>
      </p>
      <ReviewArea card={screen.card} mode={mode} undoable={screen.undoable} isCram={isCram} userId={user.id} {...(topic ? { topicId: topic.id } : {})}>
        <section className="card">
          {isCram && topic ? (
            <EmptyState
              title={`Nothing left to cram in ${topic.title}`}
              action={
                <div className="cluster">
                  <ButtonLink href={reviewHref({ mode, topic, isCram: false })}>Review this topic</ButtonLink>
                  <ButtonLink href="/progress" variant="secondary">
                    See your progress
                  </ButtonLink>
                </div>
              }
            >
              You went through every card of this topic you have studied, today. Cards you have not studied yet are learned in the
              topic’s review.
            </EmptyState>
          ) : (
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
          )}
        </section>
      </ReviewArea>
    </>
  );
}
