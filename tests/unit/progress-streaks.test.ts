import { describe, expect, it } from "vitest";
import { computeStreaks } from "@/lib/progress";

describe("computeStreaks", () => {
  it("counts the run ending today", () => {
    expect(computeStreaks(["2025-03-01", "2025-03-02", "2025-03-03"], "2025-03-03")).toEqual({
      current: 3,
      longest: 3,
      reviewedToday: true,
    });
  });

  it("keeps the streak alive when today has no review yet but yesterday had", () => {
    expect(computeStreaks(["2025-03-01", "2025-03-02"], "2025-03-03")).toEqual({
      current: 2,
      longest: 2,
      reviewedToday: false,
    });
  });

  it("breaks the streak after a whole day without reviews", () => {
    expect(computeStreaks(["2025-02-28", "2025-03-01"], "2025-03-03")).toEqual({
      current: 0,
      longest: 2,
      reviewedToday: false,
    });
  });

  it("stops the current streak at a gap and remembers a longer one before it", () => {
    const days = ["2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04", "2025-02-06", "2025-02-07"];
    expect(computeStreaks(days, "2025-02-07")).toEqual({ current: 2, longest: 4, reviewedToday: true });
  });

  it("runs across month and year ends, ignoring duplicates and order", () => {
    const days = ["2025-01-01", "2024-12-31", "2024-12-31", "2024-12-30", "2025-01-01"];
    expect(computeStreaks(days, "2025-01-01")).toEqual({ current: 3, longest: 3, reviewedToday: true });
  });

  it("ignores days after today", () => {
    expect(computeStreaks(["2025-03-04", "2025-03-05"], "2025-03-03")).toEqual({
      current: 0,
      longest: 0,
      reviewedToday: false,
    });
  });

  it("accepts any iterable, such as a Set", () => {
    expect(computeStreaks(new Set(["2025-03-03"]), "2025-03-03")).toEqual({ current: 1, longest: 1, reviewedToday: true });
  });

  it("is all zeros with no reviews", () => {
    expect(computeStreaks([], "2025-03-03")).toEqual({ current: 0, longest: 0, reviewedToday: false });
  });
});
