// How often a review asks whether the learner's memory model is due for a fit (lib/srs/fit-job.ts): the
// first review an instance sees of a learner, then every 20th, or the first after 10 minutes.
import { describe, expect, it } from "vitest";
import { shouldCheckFit } from "@/lib/srs/fit-job";

describe("shouldCheckFit", () => {
  it("looks on a learner's first review, then on every 20th", () => {
    const user = `fit-check-${Math.random()}`;
    const looked = Array.from({ length: 41 }, () => shouldCheckFit(user, 1_000));
    expect(looked.flatMap((yes, i) => (yes ? [i] : []))).toEqual([0, 20, 40]);
  });

  it("looks again once 10 minutes have passed, and keeps learners apart", () => {
    const [ada, bo] = [`fit-check-a-${Math.random()}`, `fit-check-b-${Math.random()}`];
    expect(shouldCheckFit(ada, 0)).toBe(true);
    expect(shouldCheckFit(bo, 0)).toBe(true);
    expect(shouldCheckFit(ada, 599_999)).toBe(false);
    expect(shouldCheckFit(ada, 600_000)).toBe(true);
    expect(shouldCheckFit(bo, 1_000)).toBe(false);
  });
});
