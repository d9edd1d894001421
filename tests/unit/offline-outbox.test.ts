// The offline review queue: kept per learner in order, a client key kept once, sent oldest first,
// stopped and kept when the server cannot be reached, a moved card (409) reported and dropped.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Sent } from "@/lib/http/client";
import { enqueueReview, flushOutbox, listWaiting, openOutbox, retryDelay, type Outbox, type ReviewBody } from "@/lib/offline/review-outbox";

let db: Outbox;
let name = 0;

beforeEach(async () => {
  name += 1;
  db = await openOutbox(`outbox-test-${name}`);
});
afterEach(() => db.close());

const body = (factId: string, key = `key-${factId}-000`): ReviewBody => ({ factId, questionId: `q-${factId}`, clientKey: key, expectedVersion: 0, rating: 3 });
const ok: Sent<unknown> = { ok: true, status: 201, data: {} };
const failed = (status: number, message = "refused"): Sent<unknown> => ({ ok: false, status, code: "x", message, fields: {} });
const signedInAs = (id: string | null | undefined) => async () => id;

/** A server that answers each request from a script and records the bodies it was sent. */
function server(answers: Record<string, Sent<unknown>[]> = {}) {
  const received: ReviewBody[] = [];
  return {
    received,
    send: async (b: ReviewBody) => {
      received.push(b);
      return answers[b.factId]?.shift() ?? ok;
    },
  };
}

describe("the offline review queue", () => {
  it("keeps each learner's reviews in the order they were made, a client key once", async () => {
    for (const f of ["a", "b", "c"]) await enqueueReview(db, { userId: "u1", label: f, body: body(f) });
    await enqueueReview(db, { userId: "u2", label: "x", body: body("x") });
    await enqueueReview(db, { userId: "u1", label: "b again", body: body("b") });
    expect((await listWaiting(db, "u1")).map((r) => r.body.factId)).toEqual(["a", "b", "c"]);
    expect((await listWaiting(db, "u2")).map((r) => r.body.factId)).toEqual(["x"]);
  });

  it("sends them oldest first, one at a time, and empties the queue", async () => {
    for (const f of ["a", "b", "c"]) await enqueueReview(db, { userId: "u1", label: f, body: body(f) });
    const s = server();
    const result = await flushOutbox(db, "u1", { send: s.send, whoIsSignedIn: signedInAs("u1") });
    expect(result).toEqual({ sent: 3, moved: [], refused: [], stopped: null });
    expect(s.received.map((b) => b.clientKey)).toEqual(["key-a-000", "key-b-000", "key-c-000"]);
    expect(await listWaiting(db, "u1")).toEqual([]);
  });

  it("stops at a review the server cannot take now and keeps it and the rest for the next try", async () => {
    for (const f of ["a", "b", "c"]) await enqueueReview(db, { userId: "u1", label: f, body: body(f) });
    const s = server({ b: [failed(0), ok] });
    const first = await flushOutbox(db, "u1", { send: s.send, whoIsSignedIn: signedInAs("u1") });
    expect(first).toMatchObject({ sent: 1, stopped: "unreachable" });
    expect((await listWaiting(db, "u1")).map((r) => r.body.factId)).toEqual(["b", "c"]);
    // The retry resends b with the same client key: the server stores it once.
    const second = await flushOutbox(db, "u1", { send: s.send, whoIsSignedIn: signedInAs("u1") });
    expect(second).toMatchObject({ sent: 2, stopped: null });
    expect(s.received.map((x) => x.factId)).toEqual(["a", "b", "b", "c"]);
    expect(s.received.filter((x) => x.factId === "b").map((x) => x.clientKey)).toEqual(["key-b-000", "key-b-000"]);
  });

  it("keeps them through a server that cannot write (503) and a session that ended (401)", async () => {
    await enqueueReview(db, { userId: "u1", label: "a", body: body("a") });
    expect(await flushOutbox(db, "u1", { send: server({ a: [failed(503)] }).send, whoIsSignedIn: signedInAs("u1") })).toMatchObject({ stopped: "unavailable" });
    expect(await flushOutbox(db, "u1", { send: server({ a: [failed(401)] }).send, whoIsSignedIn: signedInAs("u1") })).toMatchObject({ stopped: "signed-out" });
    expect(await listWaiting(db, "u1")).toHaveLength(1);
  });

  it("reports a card that moved meanwhile (409) and a refused review, drops both, and goes on", async () => {
    for (const f of ["a", "b", "c"]) await enqueueReview(db, { userId: "u1", label: `card ${f}`, body: body(f) });
    const s = server({ a: [failed(409, "This card changed in another tab.")], b: [failed(404, "That card or question does not exist.")] });
    const result = await flushOutbox(db, "u1", { send: s.send, whoIsSignedIn: signedInAs("u1") });
    expect(result.sent).toBe(1);
    expect(result.moved.map((r) => r.label)).toEqual(["card a"]);
    expect(result.refused.map((r) => [r.review.label, r.message])).toEqual([["card b", "That card or question does not exist."]]);
    expect(await listWaiting(db, "u1")).toEqual([]);
  });

  it("sends nothing while another learner, or nobody, is signed in", async () => {
    await enqueueReview(db, { userId: "u1", label: "a", body: body("a") });
    const s = server();
    expect(await flushOutbox(db, "u1", { send: s.send, whoIsSignedIn: signedInAs("u2") })).toMatchObject({ sent: 0, stopped: "other-user" });
    expect(await flushOutbox(db, "u1", { send: s.send, whoIsSignedIn: signedInAs(null) })).toMatchObject({ sent: 0, stopped: "signed-out" });
    expect(s.received).toEqual([]);
    expect(await listWaiting(db, "u1")).toHaveLength(1);
  });

  it("keeps them, to try again, when it cannot tell who is signed in (the server is down)", async () => {
    await enqueueReview(db, { userId: "u1", label: "a", body: body("a") });
    const s = server();
    expect(await flushOutbox(db, "u1", { send: s.send, whoIsSignedIn: signedInAs(undefined) })).toMatchObject({ sent: 0, stopped: "unreachable" });
    expect(s.received).toEqual([]);
    expect(await listWaiting(db, "u1")).toHaveLength(1);
  });

  it("waits longer after each try that could not send, up to 30 s", () => {
    expect([1, 2, 3, 4, 5, 10].map(retryDelay)).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
