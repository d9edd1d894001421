"use client";
// The part of the review screen that outlives each card: the line confirming the last grade or
// undo ("Good · next in 2d"), the undo button, the card being reviewed, and reviewing without a
// connection: the next cards loaded ahead, reviews kept until they can be sent, and what is waiting.
import { CloudOff, RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { sendJson, type Sent } from "@/lib/http/client";
import type { FlushResult, ReviewBody } from "@/lib/offline/review-outbox";
import type { ReviewCardView, ReviewMode, ReviewScreen } from "@/lib/srs/review-service";
import { EmptyState } from "@/components/ui/meter";
import { quotedSentence } from "@/components/ui/quote";
import { StatusLine } from "@/components/ui/status";
import { ratingLabel } from "./ratings";
import { ReviewSession, type ReviewResult } from "./review-session";
import { UndoButton } from "./undo-button";
import { useReviewOutbox } from "./use-review-outbox";

/** Fewer cards than this loaded ahead: load more while the connection lasts. */
const LOW_WATER = 4;

export type Submitted = { queued: true } | { queued: false; sent: Sent<ReviewResult> };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What sending the waiting reviews came to, in one sentence or two. */
function flushMessage(result: FlushResult): string {
  const parts: string[] = [];
  if (result.sent > 0) parts.push(`${plural(result.sent, "review")} sent.`);
  if (result.moved.length > 0) {
    const names = result.moved.map((r) => `“${r.label}”`).join(", ");
    parts.push(
      `${result.moved.length === 1 ? "A card" : `${result.moved.length} cards`} changed elsewhere while you were offline (${names}): ` +
        `${result.moved.length === 1 ? "that review was" : "those reviews were"} not stored, and the card is shown as it is now.`,
    );
  }
  for (const { review, message } of result.refused) parts.push(`Not stored: ${quotedSentence(review.label)} ${message}`);
  return parts.join(" ");
}

export function ReviewArea({
  card,
  mode,
  undoable,
  isCram = false,
  userId,
  topicId,
  children,
}: {
  card: ReviewCardView | null;
  mode: ReviewMode;
  isCram?: boolean;
  undoable: ReviewScreen["undoable"];
  /** Whose reviews are kept offline: only sent while this learner is signed in. */
  userId: string;
  /** A topic's review: the cards loaded ahead are that topic's. */
  topicId?: string;
  /** What to show when no card is left today. */
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [confirmation, setConfirmation] = useState("");
  // Offline the screen goes on with the cards loaded ahead: `offline.card` is the one shown, null
  // when they are used up. Once the waiting reviews are sent, `until` holds the server's card of
  // before: the offline view lasts until the refreshed page brings another, so a card already
  // reviewed offline is never shown again in between.
  const [offline, setOffline] = useState<{ card: ReviewCardView | null; until?: ReviewCardView | null } | null>(null);
  const [ahead, setAhead] = useState<ReviewCardView[]>([]);
  // Facts reviewed since the cards ahead were loaded: their loaded version is out of date.
  const [doneIds, setDoneIds] = useState<readonly string[]>([]);
  const loading = useRef(false);
  // The server card the cards ahead were last loaded for: one load per card shown at most.
  const loadedFor = useRef<string | null>(null);

  const onFlushed = useCallback(
    (result: FlushResult) => {
      setConfirmation(flushMessage(result));
      // Back to the server's queue: the cards reviewed offline have moved, and a moved one is shown as it is.
      setOffline((o) => (o ? { ...o, until: card } : o));
      router.refresh();
    },
    [router, card],
  );
  const outbox = useReviewOutbox(userId, onFlushed);

  const isOfflineView = offline !== null && (offline.until === undefined || offline.until === card);
  const shown = isOfflineView ? offline.card : card;
  const left = ahead.filter((c) => c.factId !== shown?.factId && !doneIds.includes(c.factId));

  // Load the next cards while there is a connection, so a lost one does not end the session.
  useEffect(() => {
    const shownKey = card ? `${card.factId}:${card.version}` : "none";
    if (isCram || isOfflineView || !outbox.isOnline || loading.current || loadedFor.current === shownKey) return;
    if (ahead.filter((c) => c.factId !== card?.factId && !doneIds.includes(c.factId)).length >= LOW_WATER) return;
    loading.current = true;
    loadedFor.current = shownKey;
    const query = new URLSearchParams({ mode, ...(topicId ? { topic: topicId } : {}) });
    void sendJson<{ cards: ReviewCardView[] }>(`/api/reviews/upcoming?${query}`, "GET").then((sent) => {
      loading.current = false;
      if (!sent.ok) {
        loadedFor.current = null;
        return;
      }
      setDoneIds([]);
      setAhead(sent.data.cards);
    });
  }, [card, mode, topicId, isCram, isOfflineView, outbox.isOnline, ahead, doneIds]);

  /** The next card: the server's queue while online with nothing waiting, else the next card loaded ahead. */
  const next = useCallback(
    (queued = false) => {
      if (!queued && navigator.onLine && outbox.waiting === 0 && !isOfflineView) return router.refresh();
      const following = ahead.find((c) => c.factId !== shown?.factId && !doneIds.includes(c.factId)) ?? null;
      setOffline({ card: following });
    },
    [ahead, shown, doneIds, isOfflineView, outbox.waiting, router],
  );

  /**
   * Sends a review, or keeps it to send later: when the browser is offline, when reviews already wait
   * (they go first, in order), or when the request never got an answer (the resend has the same key).
   */
  const submit = useCallback(
    async (body: ReviewBody, label: string): Promise<Submitted> => {
      setDoneIds((ids) => [...ids, body.factId]);
      if (navigator.onLine && outbox.waiting === 0 && !isOfflineView) {
        const sent = await sendJson<ReviewResult>("/api/reviews", "POST", body);
        if (sent.ok || sent.code !== "unreachable") return { queued: false, sent };
      }
      if (!(await outbox.keep({ label, body }))) {
        return { queued: false, sent: { ok: false, status: 0, code: "unreachable", message: "Could not reach the server.", fields: {} } };
      }
      setConfirmation(
        body.rating
          ? `Saved offline: ${ratingLabel(body.rating)}. It is sent when you are back online.`
          : "Answer saved offline: it is checked and sent when you are back online.",
      );
      next(true);
      return { queued: true };
    },
    [outbox, isOfflineView, next],
  );

  return (
    <div className="stack review-area" data-cards-ahead={left.length} data-waiting={outbox.waiting} data-view={isOfflineView ? "offline" : "server"}>
      <div className="review-bar">
        {undoable && !isOfflineView && <UndoButton grade={undoable} onDone={setConfirmation} />}
        <StatusLine className="grade-confirmation">{confirmation}</StatusLine>
      </div>
      <OfflineStatus isOnline={outbox.isOnline} waiting={outbox.waiting} isSending={outbox.isSending} needsSignIn={outbox.needsSignIn} cardsLeft={shown ? left.length + 1 : 0} onRetry={() => void outbox.flush()} />
      {isOfflineView && !offline.card ? (
        <section className="card">
          <EmptyState title="No more cards loaded">
            You reviewed every card this page had loaded before the connection went. Your reviews are kept on this device and sent when
            you are back online; then today’s review goes on.
          </EmptyState>
        </section>
      ) : shown ? (
        <ReviewSession
          key={`${shown.factId}:${shown.version}:${mode}:${shown.cramRound ?? "review"}`}
          card={shown}
          mode={mode}
          isCram={isCram}
          onGraded={setConfirmation}
          submitReview={submit}
          onNext={() => next()}
        />
      ) : (
        children
      )}
    </div>
  );
}

/** Offline, or with reviews waiting: says so, and how many wait ("3 reviews waiting to send"). */
function OfflineStatus({
  isOnline,
  waiting,
  isSending,
  needsSignIn,
  cardsLeft,
  onRetry,
}: {
  isOnline: boolean;
  waiting: number;
  isSending: boolean;
  needsSignIn: boolean;
  cardsLeft: number;
  onRetry: () => void;
}) {
  const show = !isOnline || waiting > 0;
  return (
    <div role="status" aria-live="polite" className={show ? "offline-status" : "visually-hidden"}>
      {show && (
        <>
          <CloudOff aria-hidden="true" className="offline-icon" />
          <div className="offline-text">
            <p className="offline-title">{isOnline ? (isSending ? "Sending your reviews…" : "Back online") : "You are offline"}</p>
            <p className="small">
              {waiting > 0 ? `${plural(waiting, "review")} waiting to send.` : "Nothing waiting to send."}{" "}
              {!isOnline && (cardsLeft > 0 ? `${plural(cardsLeft, "loaded card")} to review meanwhile.` : "No loaded cards left to review.")}{" "}
              {waiting > 0 && (needsSignIn ? "Sign in again as yourself to send them." : "The counts above catch up once they are sent.")}
            </p>
          </div>
          {isOnline && waiting > 0 && !isSending && (
            <button type="button" className="button secondary small-button" onClick={onRetry}>
              <RefreshCw aria-hidden="true" /> Send now
            </button>
          )}
        </>
      )}
    </div>
  );
}
