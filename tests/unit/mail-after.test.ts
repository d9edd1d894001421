// sendAfterResponse: the message is made and sent after the answer has gone, and a failure while
// making it (a reset request's database work) is logged, since the answer can no longer say so.
import { afterEach, describe, expect, it, vi } from "vitest";

const jobs: (() => Promise<void>)[] = [];
vi.mock("next/server", () => ({ after: (job: () => Promise<void>) => void jobs.push(job) }));

const { sendAfterResponse } = await import("@/lib/mail");

afterEach(() => {
  jobs.length = 0;
  vi.restoreAllMocks();
});

describe("sendAfterResponse", () => {
  it("makes the message only after the answer, and not at all for none", async () => {
    const make = vi.fn(async () => null);
    sendAfterResponse(make);
    sendAfterResponse(null);
    expect(make).not.toHaveBeenCalled();
    expect(jobs).toHaveLength(1);
    await jobs[0]!();
    expect(make).toHaveBeenCalledOnce();
  });

  it("logs a failure to make the message, in words that say no email went", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const down = Object.assign(new Error("Can't reach database server"), { code: "P1001" });
    sendAfterResponse(() => Promise.reject(down));
    await expect(jobs[0]!()).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledWith("email not sent: making it failed", down);
  });
});
