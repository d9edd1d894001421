// Server-Sent Events from a route handler: a snapshot each time the topic's version moves past the
// last one sent (so a reconnect with Last-Event-ID gets nothing twice and misses nothing, as each
// snapshot is whole), a comment every HEARTBEAT_MS so proxies keep the connection and a dead one
// is noticed, and a check on each heartbeat in case a notice was lost.
import "server-only";
import { channel, type Notice } from "@/lib/db/channel";
import type { Freshness } from "./shared-reads";

export const HEARTBEAT_MS = 15_000;
/** How long the browser waits before reconnecting after the stream drops. */
const RETRY_MS = 1_500;
/** How old a read may be and still serve a heartbeat's check. */
const HEARTBEAT_SHARE_MS = 1_000;
/** How long before a stream's timer woke a read may have begun and still serve it (woken at the deadline + 50 ms). */
const WAKE_SHARE_MS = 40;

export type Snapshot = { version: number; data: unknown };

/** The Last-Event-ID a reconnecting EventSource sends (or ?lastEventId= for the first connection). */
export function lastEventIdOf(request: Request): number {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId") ?? "";
  const n = Number(raw);
  return /^\d{1,12}$/.test(raw) && Number.isSafeInteger(n) ? n : 0;
}

/** One read that serves both: begun after both moments, or (when both name one) at the later version. */
export function bothOf(a: Freshness, b: Freshness): Freshness {
  const since = Math.max(a.since, b.since);
  return a.version !== undefined && b.version !== undefined ? { version: Math.max(a.version, b.version), since } : { since };
}

export function eventStream(options: {
  request: Request;
  topic: string;
  /**
   * The viewer's snapshot, as fresh as `want` says (a notice's version, or a read begun since a moment:
   * the first look, a heartbeat, a timer); null ends the stream (the game is gone or the viewer may no
   * longer see it).
   */
  load: (want: Freshness) => Promise<Snapshot | null>;
  /** Whether a notice can change this viewer's snapshot; others are let pass unread (default: all can). */
  concerns?: (notice: Notice) => boolean;
  /** When to look again without a notice (a timer running out), in ms from now; null: only on the heartbeat. */
  wakeIn?: (snapshot: Snapshot) => number | null;
}): Response {
  const encoder = new TextEncoder();
  let sent = lastEventIdOf(options.request);
  let closed = false;
  let cleanup = () => undefined as void;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      let running = false;
      // What the next read must be fresh enough for: notices heard while a read is under way add up here.
      let wanted: Freshness | null = null;
      let wake: ReturnType<typeof setTimeout> | undefined;
      const push = async (want: Freshness) => {
        if (closed) return;
        wanted = wanted ? bothOf(wanted, want) : want;
        if (running) return;
        running = true;
        try {
          while (wanted && !closed) {
            const now = wanted;
            wanted = null;
            const snapshot = await options.load(now);
            if (!snapshot) {
              write("event: gone\ndata: {}\n\n");
              close();
              return;
            }
            if (snapshot.version > sent) {
              sent = snapshot.version;
              write(`id: ${snapshot.version}\nevent: state\ndata: ${JSON.stringify(snapshot.data)}\n\n`);
            }
            clearTimeout(wake);
            const delay = options.wakeIn?.(snapshot) ?? null;
            // A timer's read must begin after the timer ran out; streams waking together share one.
            if (delay !== null) wake = setTimeout(() => void push({ since: Date.now() - WAKE_SHARE_MS }), Math.max(0, delay));
          }
        } catch {
          // A failed read (the database restarting): the heartbeat tries again.
        } finally {
          running = false;
        }
      };
      const subscribedAt = Date.now();
      const unsubscribe = await channel.subscribe(options.topic, (notice) => {
        if (options.concerns && !options.concerns(notice)) return;
        // The change is stored before its notice is sent: a read begun from now on has it, and so does every read at its version.
        void push(notice.version >= 0 ? { version: notice.version, since: Date.now() } : { since: Date.now() });
      });
      const heartbeat = setInterval(() => {
        write(": heartbeat\n\n");
        // A lost notice is caught here; a read begun within the last second serves every stream's heartbeat.
        void push({ since: Date.now() - HEARTBEAT_SHARE_MS });
      }, HEARTBEAT_MS);
      function close() {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearTimeout(wake);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      }
      cleanup = close;
      options.request.signal.addEventListener("abort", close);
      write(`retry: ${RETRY_MS}\n\n`);
      // Subscribed first, then read: a change after this read is announced to this stream.
      await push({ since: subscribedAt });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
}
