// The in-process job queue (SQLite's, lib/jobs/queue.ts): a job never runs in the call that queued it,
// a key already waiting is not queued twice, jobs run one at a time, and a failing job is logged
// without stopping the queue or throwing at the caller.
import { describe, expect, it } from "vitest";
import { inProcessQueue } from "@/lib/jobs/queue";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("the in-process job queue", () => {
  it("runs a key queued twice once, after the caller has moved on", async () => {
    const runs: string[] = [];
    const queue = inProcessQueue("fit", async (key) => {
      runs.push(key);
    });
    expect(await queue.enqueue("learner-1")).toBe(true);
    expect(await queue.enqueue("learner-1")).toBe(false);
    expect(runs).toEqual([]); // not inside the request that queued it
    await queue.idle();
    expect(runs).toEqual(["learner-1"]);
    // Once done, the key can be queued again (a later fit).
    expect(await queue.enqueue("learner-1")).toBe(true);
    await queue.idle();
    expect(runs).toEqual(["learner-1", "learner-1"]);
  });

  it("runs one job at a time, in the order queued", async () => {
    let active = 0;
    let most = 0;
    const order: string[] = [];
    const queue = inProcessQueue("fit", async (key) => {
      active++;
      most = Math.max(most, active);
      await tick();
      await tick();
      order.push(key);
      active--;
    });
    await Promise.all(["a", "b", "c"].map((k) => queue.enqueue(k)));
    await queue.idle();
    expect(order).toEqual(["a", "b", "c"]);
    expect(most).toBe(1);
  });

  it("logs a failing job and goes on with the next", async () => {
    const logged: string[] = [];
    const done: string[] = [];
    const queue = inProcessQueue(
      "fit",
      async (key) => {
        if (key === "bad") throw new Error("optimizer failed");
        done.push(key);
      },
      (message, error) => logged.push(`${message}: ${(error as Error).message}`),
    );
    await queue.enqueue("bad");
    await queue.enqueue("good");
    await queue.idle();
    expect(done).toEqual(["good"]);
    expect(logged).toEqual(["fit for bad failed: optimizer failed"]);
    // The failed key is free again.
    expect(await queue.enqueue("bad")).toBe(true);
    await queue.idle();
  });

  it("takes no work once stopped", async () => {
    const runs: string[] = [];
    const queue = inProcessQueue("fit", async (key) => {
      runs.push(key);
    });
    await queue.stop();
    expect(await queue.enqueue("x")).toBe(false);
    await tick();
    expect(runs).toEqual([]);
  });
});
