// The game stream's resume rule: an event is the whole view at a version, sent only when the version
// is past the last one the browser holds (Last-Event-ID, or ?lastEventId= on the first connection),
// so a reconnect gets nothing twice and misses nothing; a notice on the channel sends the new view.
import { describe, expect, it } from "vitest";
import { channel } from "@/lib/db/channel";
import { eventStream, lastEventIdOf } from "@/lib/http/sse";

describe("lastEventIdOf", () => {
  it("reads the header first, then the query, and ignores anything but a plain count", () => {
    expect(lastEventIdOf(new Request("http://x/e?lastEventId=4", { headers: { "last-event-id": "9" } }))).toBe(9);
    expect(lastEventIdOf(new Request("http://x/e?lastEventId=4"))).toBe(4);
    expect(lastEventIdOf(new Request("http://x/e"))).toBe(0);
    for (const bad of ["-1", "1e3", "abc", "99999999999999999", "7.5"]) expect(lastEventIdOf(new Request("http://x/e", { headers: { "last-event-id": bad } }))).toBe(0);
  });
});

/** Reads the stream on until `want` more state events have come, returning their ids and data. */
async function readEvents(reader: ReadableStreamDefaultReader<Uint8Array>, want: number): Promise<{ id: number; data: unknown }[]> {
  const decoder = new TextDecoder();
  let text = "";
  const events = () => [...text.matchAll(/id: (\d+)\nevent: state\ndata: (.*)\n\n/g)].map((m) => ({ id: Number(m[1]), data: JSON.parse(m[2]!) as unknown }));
  while (events().length < want) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  return events();
}

describe("eventStream", () => {
  it("sends the snapshot only when it is newer than the browser's, and each new version on a notice", async () => {
    let version = 5;
    const topic = `game:sse-test-${Date.now()}`;
    const open = (headers: Record<string, string>) => {
      const abort = new AbortController();
      const response = eventStream({ request: new Request("http://x/e", { headers, signal: abort.signal }), topic, load: async () => ({ version, data: { v: version } }) });
      return { abort, reader: response.body!.getReader(), response };
    };
    // A browser that has seen nothing gets version 5 at once.
    const fresh = open({});
    expect(fresh.response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(await readEvents(fresh.reader, 1)).toEqual([{ id: 5, data: { v: 5 } }]);
    // A browser resuming at 5 gets nothing until the game moves on, then exactly version 6.
    const resumed = open({ "last-event-id": "5" });
    version = 6;
    await channel.publish(topic, 6);
    expect(await readEvents(resumed.reader, 1)).toEqual([{ id: 6, data: { v: 6 } }]);
    expect(await readEvents(fresh.reader, 1)).toEqual([{ id: 6, data: { v: 6 } }]);
    fresh.abort.abort();
    resumed.abort.abort();
  });

  it("lets notices that do not concern the viewer pass unread, and asks the read for the notice's version", async () => {
    const topic = `game:sse-concerns-${Date.now()}`;
    const wants: { version?: number }[] = [];
    let version = 1;
    const abort = new AbortController();
    const response = eventStream({
      request: new Request("http://x/e", { signal: abort.signal }),
      topic,
      load: async (want) => {
        wants.push(want);
        return { version, data: { v: version } };
      },
      concerns: (notice) => notice.tag !== "answer",
    });
    const reader = response.body!.getReader();
    expect(await readEvents(reader, 1)).toEqual([{ id: 1, data: { v: 1 } }]);
    // An answer, which this viewer does not see: no read at all.
    version = 2;
    await channel.publish(topic, 2, "answer");
    // A change it does see: read at least at its version.
    version = 3;
    await channel.publish(topic, 3);
    expect(await readEvents(reader, 1)).toEqual([{ id: 3, data: { v: 3 } }]);
    expect(wants.map((w) => w.version)).toEqual([undefined, 3]);
    abort.abort();
  });
});
