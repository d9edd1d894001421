"use client";
// The game as the server streams it (Server-Sent Events): each event is the whole view at a version,
// so a reconnect (EventSource sends Last-Event-ID by itself) only brings what changed. Also the
// seconds left on the open question, counted on the server's clock.
import { useEffect, useRef, useState } from "react";

type Clocked = { version: number; phase: string; clock: { serverNow: number; closesAt: number | null; pausedRemainingMs: number | null } };

export function useGameStream<V extends Clocked>(url: string, initial: V): { view: V; receivedAt: number; connected: boolean; gone: boolean } {
  const [{ view, receivedAt }, setView] = useState(() => ({ view: initial, receivedAt: initial.clock.serverNow }));
  const [connected, setConnected] = useState(true);
  const [gone, setGone] = useState(false);
  const version = useRef(initial.version);
  useEffect(() => {
    const source = new EventSource(`${url}${url.includes("?") ? "&" : "?"}lastEventId=${version.current}`);
    source.addEventListener("state", (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as V;
      if (next.version < version.current) return;
      version.current = next.version;
      setView({ view: next, receivedAt: Date.now() });
      setConnected(true);
    });
    source.addEventListener("gone", () => {
      setGone(true);
      source.close();
    });
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    return () => source.close();
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
