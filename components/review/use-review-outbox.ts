"use client";
// The review screen's side of lib/offline/review-outbox: keeps reviews made without a connection,
// counts them, and sends them when the connection returns (the online event, a retry that waits
// longer each time, and on load for reviews left from an earlier visit).
import { useCallback, useEffect, useRef, useState } from "react";
import { enqueueReview, flushOutbox, listWaiting, openOutbox, retryDelay, type FlushResult, type Outbox, type QueuedReview } from "@/lib/offline/review-outbox";

export type OutboxState = {
  /** Reviews of this learner waiting to be sent. */
  waiting: number;
  /** What the browser says of its connection (navigator.onLine), kept up to date by its events. */
  isOnline: boolean;
  /** Sending is under way. */
  isSending: boolean;
  /** The last try could not send because this learner is not the one signed in (any more). */
  needsSignIn: boolean;
};

export function useReviewOutbox(userId: string, onFlushed: (result: FlushResult) => void) {
  const [state, setState] = useState<OutboxState>({ waiting: 0, isOnline: true, isSending: false, needsSignIn: false });
  const db = useRef<Promise<Outbox | null> | null>(null);
  const sending = useRef(false);
  const failures = useRef(0);
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The retry timer calls the latest flush through this, as flush schedules the timer itself.
  const flushLater = useRef<() => void>(() => undefined);
  const flushed = useRef(onFlushed);
  useEffect(() => {
    flushed.current = onFlushed;
  }, [onFlushed]);

  const outbox = useCallback(() => {
    // A browser without IndexedDB (or with it refused) still reviews online; nothing can wait.
    db.current ??= openOutbox().catch(() => null);
    return db.current;
  }, []);

  const count = useCallback(async () => {
    const store = await outbox();
    const waiting = store ? (await listWaiting(store, userId)).length : 0;
    setState((s) => ({ ...s, waiting }));
    return waiting;
  }, [outbox, userId]);

  const flush = useCallback(async () => {
    const store = await outbox();
    if (!store || sending.current) return;
    if (retry.current) clearTimeout(retry.current);
    retry.current = null;
    if ((await listWaiting(store, userId)).length === 0) return;
    sending.current = true;
    setState((s) => ({ ...s, isSending: true }));
    const result = await flushOutbox(store, userId);
    sending.current = false;
    setState((s) => ({ ...s, isSending: false, needsSignIn: result.stopped === "signed-out" || result.stopped === "other-user" }));
    const left = await count();
    if (result.stopped === "unreachable" || result.stopped === "unavailable") {
      failures.current += 1;
      retry.current = setTimeout(() => flushLater.current(), retryDelay(failures.current));
    } else failures.current = 0;
    if (result.sent > 0 || result.moved.length > 0 || result.refused.length > 0 || left === 0) flushed.current(result);
  }, [outbox, userId, count]);

  useEffect(() => {
    flushLater.current = () => void flush();
  }, [flush]);

  useEffect(() => {
    const update = () => {
      setState((s) => ({ ...s, isOnline: navigator.onLine }));
      if (navigator.onLine) void flush();
    };
    update();
    void count();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
      if (retry.current) clearTimeout(retry.current);
    };
  }, [flush, count]);

  /** Keeps a review to send later (once, by its client key), then tries to send if the browser is online. */
  const keep = useCallback(
    async (review: Omit<QueuedReview, "seq" | "userId">): Promise<boolean> => {
      const store = await outbox();
      if (!store) return false;
      await enqueueReview(store, { ...review, userId });
      await count();
      if (navigator.onLine) {
        failures.current += 1;
        if (!retry.current) retry.current = setTimeout(() => void flush(), retryDelay(failures.current));
      }
      return true;
    },
    [outbox, userId, count, flush],
  );

  return { ...state, keep, flush };
}
