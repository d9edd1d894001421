import { describe, expect, it } from "vitest";
import { dueForecast, type ProgressCard } from "@/lib/progress";

const dayKeyOf = (d: Date) => d.toISOString().slice(0, 10);
const card = (due: string, over: Partial<ProgressCard> = {}): ProgressCard => ({
  factId: "f",
  due: new Date(due),
  state: 2,
  stability: 10,
  suspended: false,
  lapses: 0,
  recall: 0.9,
  ...over,
});

describe("dueForecast", () => {
  it("lists today and the following days with their counts", () => {
    const forecast = dueForecast(
      [card("2025-03-10T08:00:00Z"), card("2025-03-12T23:00:00Z"), card("2025-03-12T00:30:00Z")],
      dayKeyOf,
      "2025-03-10",
      4,
    );
    expect(forecast).toEqual([
      { day: "2025-03-10", count: 1 },
      { day: "2025-03-11", count: 0 },
      { day: "2025-03-12", count: 2 },
      { day: "2025-03-13", count: 0 },
    ]);
  });

  it("puts overdue cards on today, learning and relearning included", () => {
    const cards = [
      card("2025-02-01T00:00:00Z"),
      card("2025-03-09T23:59:59Z", { state: 3 }),
      card("2025-03-10T09:00:00Z", { state: 1 }),
    ];
    expect(dueForecast(cards, dayKeyOf, "2025-03-10", 2)).toEqual([
      { day: "2025-03-10", count: 3 },
      { day: "2025-03-11", count: 0 },
    ]);
  });

  it("leaves out suspended cards, new cards and cards due after the horizon", () => {
    const cards = [
      card("2025-03-10T00:00:00Z", { suspended: true }),
      card("2025-03-01T00:00:00Z", { state: 0, recall: null }),
      card("2025-03-12T00:00:00Z"), // day 3 of a 2-day forecast
      card("2025-03-11T00:00:00Z"),
    ];
    expect(dueForecast(cards, dayKeyOf, "2025-03-10", 2)).toEqual([
      { day: "2025-03-10", count: 0 },
      { day: "2025-03-11", count: 1 },
    ]);
  });

  it("covers 30 days by default", () => {
    const forecast = dueForecast([], dayKeyOf, "2025-03-10");
    expect(forecast).toHaveLength(30);
    expect(forecast.at(-1)).toEqual({ day: "2025-04-08", count: 0 });
  });
});
