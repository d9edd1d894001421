import { describe, expect, it } from "vitest";
import { formatPercent } from "@/lib/progress";

describe("formatPercent: how every share is written", () => {
  it.each<[number, string]>([
    [0, "0%"],
    [1, "100%"],
    [2 / 3, "67%"],
    [0.5, "50%"],
    [0.004, "0%"],
    [0.995, "100%"],
    [0.7, "70%"],
    [0.97, "97%"],
  ])("%d -> %s", (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });

  it("writes what the caller chooses when there is no figure", () => {
    expect(formatPercent(null)).toBe("");
    expect(formatPercent(undefined)).toBe("");
    expect(formatPercent(null, "–")).toBe("–");
    expect(formatPercent(Number.NaN, "–")).toBe("–");
  });
});
