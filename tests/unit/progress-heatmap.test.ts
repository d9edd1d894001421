import { describe, expect, it } from "vitest";
import { buildHeatmap } from "@/lib/progress";

const dayKeyOf = (d: Date) => d.toISOString().slice(0, 10);
const at = (iso: string) => ({ reviewedAt: new Date(iso) });
const many = (day: string, n: number) => Array.from({ length: n }, (_, i) => at(`${day}T10:00:${String(i % 60).padStart(2, "0")}Z`));

describe("buildHeatmap", () => {
  it("has one cell per day, oldest first, ending today", () => {
    const { cells } = buildHeatmap([], dayKeyOf, "2025-03-02");
    expect(cells).toHaveLength(365);
    expect(cells[0]?.day).toBe("2024-03-03");
    expect(cells.at(-1)?.day).toBe("2025-03-02");
    expect(cells.every((c) => c.count === 0 && c.level === 0)).toBe(true);
  });

  it("counts reviews per learner day and leaves out reviews outside the window", () => {
    const reviews = [
      at("2025-03-01T23:59:59Z"),
      at("2025-03-02T00:00:00Z"),
      at("2025-03-02T12:00:00Z"),
      at("2025-02-24T10:00:00Z"), // first day of the 7-day window
      at("2025-02-23T23:00:00Z"), // the day before it
      at("2025-03-03T01:00:00Z"), // tomorrow
    ];
    const map = buildHeatmap(reviews, dayKeyOf, "2025-03-02", 7);
    expect(map.cells.map((c) => [c.day, c.count])).toEqual([
      ["2025-02-24", 1],
      ["2025-02-25", 0],
      ["2025-02-26", 0],
      ["2025-02-27", 0],
      ["2025-02-28", 0],
      ["2025-03-01", 1],
      ["2025-03-02", 2],
    ]);
    expect(map.total).toBe(4);
    expect(map.activeDays).toBe(3);
    expect(map.max).toBe(2);
  });

  it("uses the learner's day, not the UTC day", () => {
    // A learner whose day starts at 04:00 UTC: a review at 02:00 UTC belongs to the day before.
    const shifted = (d: Date) => new Date(d.getTime() - 4 * 3_600_000).toISOString().slice(0, 10);
    const map = buildHeatmap([at("2025-03-02T02:00:00Z")], shifted, "2025-03-02", 2);
    expect(map.cells).toEqual([
      { day: "2025-03-01", count: 1, level: 1 },
      { day: "2025-03-02", count: 0, level: 0 },
    ]);
  });

  it("shades active days by quartile, so one heavy day does not flatten the rest", () => {
    // Active days with 1..7 reviews and one cram day of 100. Nearest-rank quartiles of
    // [1,2,3,4,5,6,7,100] are 2, 4 and 6.
    const counts = [1, 2, 3, 4, 5, 6, 7, 100];
    const days = ["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06", "2025-01-07", "2025-01-08"];
    const reviews = days.flatMap((day, i) => many(day, counts[i] ?? 0));
    const map = buildHeatmap(reviews, dayKeyOf, "2025-01-09", 9);
    expect(map.cells.map((c) => c.level)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 0]);
    expect(map.max).toBe(100);
    expect(map.total).toBe(128);
    expect(map.activeDays).toBe(8);
  });

  it("gives four different days with 1, 2, 3 and 4 reviews the four levels", () => {
    const reviews = [...many("2025-01-01", 3), ...many("2025-01-02", 1), ...many("2025-01-03", 4), ...many("2025-01-04", 2)];
    const map = buildHeatmap(reviews, dayKeyOf, "2025-01-04", 4);
    expect(map.cells.map((c) => c.level)).toEqual([3, 1, 4, 2]);
  });

  it("returns no cells for a zero-day window", () => {
    expect(buildHeatmap([at("2025-01-01T00:00:00Z")], dayKeyOf, "2025-01-01", 0)).toEqual({
      cells: [],
      total: 0,
      activeDays: 0,
      max: 0,
    });
  });
});
