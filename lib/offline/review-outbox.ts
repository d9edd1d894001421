// Reviews made without a connection, kept in IndexedDB until the server has them: each with the
// client key it was made with, so a resend (a retry, a second tab) is stored once. Sent in the order
// they were made; a card that moved meanwhile (409) is reported, never retried.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import { sendJson, type Sent } from "@/lib/http/client";

/** The body of POST /api/reviews, as the review screen built it. */
export type ReviewBody = {
  factId: string;
  questionId: string;
  clientKey: string;
  expectedVersion: number;
  timeMs?: number;
  rating?: number;
  response?: unknown;
  usedHint?: boolean;
  cram?: true;
};

export type QueuedReview = {
  /** Order of making: IndexedDB's auto-increment key. */
  seq?: number;
  /** Whose review: only sent while that learner is the one signed in. */
  userId: string;
  /** What the learner saw, to name the card if it cannot be stored ("the card on the INF treaty"). */
  label: string;
  body: ReviewBody;
};

interface OutboxSchema extends DBSchema {
  reviews: { key: number; value: QueuedReview; indexes: { byUser: string } };
}

export type Outbox = IDBPDatabase<OutboxSchema>;

const DB_NAME = "overflight-offline";

export function openOutbox(name = DB_NAME): Promise<Outbox> {
  return openDB<OutboxSchema>(name, 1, {
    upgrade(db) {
      const store = db.createObjectStore("reviews", { keyPath: "seq", autoIncrement: true });
      store.createIndex("byUser", "userId");
    },
  });
}

/** Keeps a review to send later; a second call with the same client key keeps it once. */
export async function enqueueReview(db: Outbox, review: Omit<QueuedReview, "seq">): Promise<void> {
  const tx = db.transaction("reviews", "readwrite");
  const mine = await tx.store.index("byUser").getAll(review.userId);
  if (!mine.some((r) => r.body.clientKey === review.body.clientKey)) await tx.store.add(review);
  await tx.done;
}

/** The learner's reviews waiting to be sent, oldest first. */
export async function listWaiting(db: Outbox, userId: string): Promise<QueuedReview[]> {
  const mine = await db.getAllFromIndex("reviews", "byUser", userId);
  return mine.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

export type FlushResult = {
  sent: number;
  /** Cards that moved elsewhere before the review arrived (409): not stored, the card is shown anew. */
  moved: QueuedReview[];
  /** Refused for good (a retired question, an invalid answer): dropped, with the server's sentence. */
  refused: { review: QueuedReview; message: string }[];
  /** Why sending stopped before the end, with the rest kept for the next try; null when none are left. */
  stopped: null | "unreachable" | "unavailable" | "signed-out" | "other-user";
};

export type Send = (body: ReviewBody) => Promise<Sent<unknown>>;

const sendReview: Send = (body) => sendJson("/api/reviews", "POST", body);

/** The signed-in learner's id as the server sees it, null when signed out, undefined when it cannot tell (unreachable, 5xx). */
async function signedInUserId(): Promise<string | null | undefined> {
  const sent = await sendJson<{ uid?: string }>("/api/auth/session", "GET");
  return sent.ok ? (sent.data.uid ?? null) : undefined;
}

/**
 * Sends the learner's waiting reviews one at a time, oldest first, each removed once the server has
 * answered for it. Stops, keeping the rest, when the server cannot be reached or cannot write now
 * (5xx, 503), or when another person is signed in: their session must not carry this learner's reviews.
 */
export async function flushOutbox(
  db: Outbox,
  userId: string,
  { send = sendReview, whoIsSignedIn = signedInUserId }: { send?: Send; whoIsSignedIn?: () => Promise<string | null | undefined> } = {},
): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, moved: [], refused: [], stopped: null };
  const waiting = await listWaiting(db, userId);
  if (waiting.length === 0) return result;
  const current = await whoIsSignedIn();
  if (current === undefined) return { ...result, stopped: "unreachable" };
  if (current !== userId) return { ...result, stopped: current === null ? "signed-out" : "other-user" };
  for (const review of waiting) {
    const sent = await send(review.body);
    if (sent.ok) result.sent += 1;
    else if (sent.status === 409) result.moved.push(review);
    else if (sent.status === 0) return { ...result, stopped: "unreachable" };
    else if (sent.status === 401 || sent.status === 403) return { ...result, stopped: "signed-out" };
    else if (sent.status >= 500 || sent.status === 429) return { ...result, stopped: "unavailable" };
    else result.refused.push({ review, message: sent.message });
    await db.delete("reviews", review.seq!);
  }
  return result;
}

/** Waits before the next try after `failures` tries in a row that could not send: 2 s, doubling, at most 30 s. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 2_000 * 2 ** Math.max(0, failures - 1));
}
