// The live games' change channel on PostgreSQL: two app instances (two channels, each with its own
// LISTEN connection) on one database. A change published on one reaches the subscribers of the
// other, only for their topic, in order; an unsubscribed stream hears nothing more; and when the
// server drops the listening connection (as a restart does) the channel listens again by itself.
// Runs in npm test's PostgreSQL stage (TEST_PG_URL).
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PG_CHANNEL, postgresChannel, type Notice } from "@/lib/db/channel";

const url = process.env.TEST_PG_URL as string;

/** Resolves once `check` holds, looking again every 20 ms, or fails after `ms`. */
async function until(check: () => boolean, ms = 10_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const admin = new pg.Client({ connectionString: url });
await admin.connect();
afterAll(() => admin.end());

describe("the game channel on PostgreSQL", () => {
  it("carries a change from one instance to the other's streams, and listens again after a drop", async () => {
    const instanceA = postgresChannel(url);
    const instanceB = postgresChannel(url);
    const heardOnB: Notice[] = [];
    const otherTopic: Notice[] = [];
    const stop = await instanceB.subscribe("game:one", (n) => heardOnB.push(n));
    const stopOther = await instanceB.subscribe("game:two", (n) => otherTopic.push(n));

    for (const version of [2, 3, 4]) await instanceA.publish("game:one", version);
    // An answer's notice carries its tag across, so the other instance's player streams can let it pass.
    await instanceA.publish("game:one", 5, "answer");
    await until(() => heardOnB.length === 4);
    expect(heardOnB).toEqual([...[2, 3, 4].map((version) => ({ topic: "game:one", version })), { topic: "game:one", version: 5, tag: "answer" }]);
    expect(otherTopic).toEqual([]);

    // The listening connection is dropped by the server: the channel opens a new one and hears again.
    const listeners = () => admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()", [`LISTEN ${PG_CHANNEL}`]);
    const before = (await listeners()).rows;
    expect(before.length).toBeGreaterThanOrEqual(1);
    for (const { pid } of before) await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    let republished = 6;
    // Publish until B has heard one again: notices sent while it reconnects are missed (a stream then
    // catches up by version on its next read), so the test waits on the condition, not on a delay.
    await until(() => {
      if (!heardOnB.some((n) => n.version >= 6)) void instanceA.publish("game:one", republished++);
      return heardOnB.some((n) => n.version >= 6);
    }, 15_000);
    // Back to listening, the channel tells every stream of this instance to read its game again
    // (version -1), since notices sent while it was down are lost: a stream that heard nothing since
    // then, here the other topic's, gets that one notice.
    await until(() => otherTopic.length > 0);
    expect(otherTopic).toEqual([{ topic: "game:two", version: -1 }]);
    expect(heardOnB).toContainEqual({ topic: "game:one", version: -1 });
    otherTopic.length = 0;

    // Unsubscribed, a stream hears nothing more; the other topic's stream still does.
    stop();
    const heard = heardOnB.length;
    await instanceA.publish("game:one", 100);
    await instanceA.publish("game:two", 7);
    await until(() => otherTopic.length === 1);
    expect(otherTopic).toEqual([{ topic: "game:two", version: 7 }]);
    expect(heardOnB.length).toBe(heard);
    stopOther();
  }, 60_000);

  it("refuses a topic or a tag that could not be a game's", async () => {
    await expect(postgresChannel(url).publish("game one; DROP", 1)).rejects.toThrow(/bad topic/);
    await expect(postgresChannel(url).publish("game:one", 1, "a b")).rejects.toThrow(/bad tag/);
  });
});
