// Server-Sent Events from a route handler: a snapshot each time the topic's version moves past the
// last one sent (so a reconnect with Last-Event-ID gets nothing twice and misses nothing, as each
// snapshot is whole), a comment every HEARTBEAT_MS so proxies keep the connection and a dead one
// is noticed, and a check on each heartbeat in case a notice was lost.
import "server-only";
import { channel } from "@/lib/db/channel";

export const HEARTBEAT_MS = 15_000;
/** How long the browser waits before reconnecting after the stream drops. */
const RETRY_MS = 1_500;

export type Snapshot = { version: number; data: unknown };

/** The Last-Event-ID a reconnecting EventSource sends (or ?lastEventId= for the first connection). */
export function lastEventIdOf(request: Request): number {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId") ?? "";
  const n = Number(raw);
  return /^\d{1,12}$/.test(raw) && Number.isSafeInteger(n) ? n : 0;
}

export function eventStream(options: {
  request: Request;
  topic: string;
  /** The viewer's snapshot now; null ends the stream (the game is gone or the viewer may no longer see it). */
  load: () => Promise<Snapshot | null>;
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
      let again = false;
      let wake: ReturnType<typeof setTimeout> | undefined;
      const push = async () => {
        if (closed) return;
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const snapshot = await options.load();
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
            if (delay !== null) wake = setTimeout(() => void push(), Math.max(0, delay));
          } while (again && !closed);
        } catch {
          // A failed read (the database restarting): the heartbeat tries again.
        } finally {
          running = false;
        }
      };
      const unsubscribe = await channel.subscribe(options.topic, () => void push());
      const heartbeat = setInterval(() => {
        write(": heartbeat\n\n");
        void push();
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
      await push();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
}
