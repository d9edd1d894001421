"use client";
// The game as the server streams it (Server-Sent Events): each event is the whole view at a version,
// so a reconnect (EventSource sends Last-Event-ID by itself) only brings what changed. The browser
// reconnects by itself after a dropped connection, but gives up for good when a reconnect is answered
// with an error (a 503 while the database restarts, a 502 from a proxy whose instance went away):
// then a new stream is opened here, after 1 s, 2 s, 4 s... up to 15 s, from the last version held.
// Also the seconds left on the open question, counted on the server's clock.
import { useEffect, useRef, useState } from "react";

const RECONNECT_FIRST_MS = 1_000;
const RECONNECT_MAX_MS = 15_000;

type Clocked = { version: number; phase: string; clock: { serverNow: number; closesAt: number | null; pausedRemainingMs: number | null } };

export function useGameStream<V extends Clocked>(url: string, initial: V): { view: V; receivedAt: number; connected: boolean; gone: boolean } {
  const [{ view, receivedAt }, setView] = useState(() => ({ view: initial, receivedAt: initial.clock.serverNow }));
  const [connected, setConnected] = useState(true);
  const [gone, setGone] = useState(false);
  const version = useRef(initial.version);
  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = RECONNECT_FIRST_MS;
    let stopped = false;
    const open = () => {
      const current = new EventSource(`${url}${url.includes("?") ? "&" : "?"}lastEventId=${version.current}`);
      source = current;
      current.addEventListener("state", (event) => {
        const next = JSON.parse((event as MessageEvent<string>).data) as V;
        delay = RECONNECT_FIRST_MS;
        setConnected(true);
        if (next.version < version.current) return;
        version.current = next.version;
        setView({ view: next, receivedAt: Date.now() });
      });
      current.addEventListener("gone", () => {
        stopped = true;
        setGone(true);
        current.close();
      });
      current.onopen = () => setConnected(true);
      current.onerror = () => {
        setConnected(current.readyState === EventSource.OPEN);
        if (current.readyState !== EventSource.CLOSED || stopped) return;
        // The browser will not try again: open a new stream later, waiting longer each time.
        clearTimeout(retry);
        retry = setTimeout(open, delay);
        delay = Math.min(delay * 2, RECONNECT_MAX_MS);
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [url]);
  return { view, receivedAt, connected, gone };
}

/** Whole seconds left on the open question (null when none is open); paused questions stand still. */
export function useSecondsLeft(view: Clocked, receivedAt: number): number | null {
  const [now, setNow] = useState(receivedAt);
  const running = view.phase === "question" && view.clock.pausedRemainingMs === null && view.clock.closesAt !== null;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [running]);
  if (view.phase !== "question") return null;
  if (view.clock.pausedRemainingMs !== null) return Math.ceil(view.clock.pausedRemainingMs / 1000);
  if (view.clock.closesAt === null) return null;
  // The server's now when the view came, moved on by the time passed here since.
  const serverNow = view.clock.serverNow + Math.max(0, now - receivedAt);
  return Math.max(0, Math.ceil((view.clock.closesAt - serverNow) / 1000));
}
