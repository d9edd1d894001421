// One read per change for every stream of a live game on an instance (lib/http/shared-reads.ts): the
// reads a burst of streams asks for together, what a version notice, a heartbeat and a first look each
// accept, and a failing read.
import { describe, expect, it } from "vitest";
import { sharedReads } from "@/lib/http/shared-reads";
import { bothOf } from "@/lib/http/sse";

type Value = { version: number; readNo: number };

function harness() {
  let clock = 1_000;
  let version = 1;
  let reads = 0;
  let gate: (() => void) | null = null;
  let failNext = 0;
  const shared = sharedReads<Value>({ versionOf: (v) => v.version, clock: () => clock });
  const read = async (): Promise<Value> => {
    reads++;
    const value = { version, readNo: reads };
    if (gate === null) await Promise.resolve();
    else await new Promise<void>((resolve) => (gate = resolve));
    if (failNext > 0) {
      failNext--;
      throw new Error("database restarting");
    }
    return value;
  };
  return {
    shared,
    read,
    get reads() {
      return reads;
    },
    tick: (ms: number) => (clock += ms),
    now: () => clock,
    bump: () => ++version,
    hold: () => (gate = () => undefined),
    release: () => {
      const open = gate;
      gate = null;
      open?.();
    },
    failNext: (n: number) => (failNext = n),
  };
}

describe("sharedReads", () => {
  it("serves 300 streams asking at once with one read", async () => {
    const h = harness();
    const values = await Promise.all(Array.from({ length: 300 }, () => h.shared.get("game:1", { since: h.now() }, h.read)));
    expect(h.reads).toBe(1);
    expect(new Set(values.map((v) => v.readNo))).toEqual(new Set([1]));
  });

  it("keeps games apart", async () => {
    const h = harness();
    await Promise.all([h.shared.get("game:1", { since: h.now() }, h.read), h.shared.get("game:2", { since: h.now() }, h.read)]);
    expect(h.reads).toBe(2);
  });

  it("answers a version notice from a read that has that version, and reads again for a newer one", async () => {
    const h = harness();
    await h.shared.get("g", { since: h.now() }, h.read);
    h.tick(5);
    // A stream that missed nothing: the read it shares is at version 1.
    expect((await h.shared.get("g", { version: 1, since: h.now() }, h.read)).readNo).toBe(1);
    expect(h.reads).toBe(1);
    // A change to version 2 is announced: the read must have it.
    h.bump();
    const after = await h.shared.get("g", { version: 2, since: h.now() }, h.read);
    expect(after).toEqual({ version: 2, readNo: 2 });
  });

  it("makes a stream that asks while an older read is under way wait for it, then share the next", async () => {
    const h = harness();
    h.hold();
    const early = h.shared.get("g", { since: h.now() }, h.read);
    h.tick(10);
    h.bump();
    // Heard about version 2 while read 1 (begun at version 1) was out: both late streams need read 2.
    const late = [h.shared.get("g", { version: 2, since: h.now() }, h.read), h.shared.get("g", { version: 2, since: h.now() }, h.read)];
    h.release();
    expect((await early).readNo).toBe(1);
    const both = await Promise.all(late);
    expect(both.map((v) => [v.version, v.readNo])).toEqual([[2, 2], [2, 2]]);
    expect(h.reads).toBe(2);
  });

  it("lets a heartbeat take a read begun within its window, and not an older one", async () => {
    const h = harness();
    await h.shared.get("g", { since: h.now() }, h.read);
    h.tick(600);
    await h.shared.get("g", { since: h.now() - 1_000 }, h.read);
    expect(h.reads).toBe(1);
    h.tick(600);
    await h.shared.get("g", { since: h.now() - 1_000 }, h.read);
    expect(h.reads).toBe(2);
  });

  it("reads again after a failed read, and fails a stream only when read after read fails", async () => {
    const h = harness();
    h.failNext(1);
    expect((await h.shared.get("g", { since: h.now() }, h.read)).readNo).toBe(2);
    h.tick(1);
    h.failNext(10);
    await expect(h.shared.get("g", { since: h.now() }, h.read)).rejects.toThrow(/restarting/);
    expect(h.shared.size()).toBe(0);
  });
});

describe("bothOf", () => {
  it("asks for a read that serves both wants", () => {
    expect(bothOf({ version: 3, since: 10 }, { version: 5, since: 8 })).toEqual({ version: 5, since: 10 });
    // A heartbeat's want has no version: only a read begun after both moments serves it.
    expect(bothOf({ version: 3, since: 10 }, { since: 4 })).toEqual({ since: 10 });
  });
});
