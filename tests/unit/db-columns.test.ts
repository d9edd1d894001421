// The hand-written SQL's column lists (lib/db/columns) are held to Prisma's generated row types by
// the type checker: this file is part of `npm run typecheck`, and each @ts-expect-error below fails
// the check if the refusal it marks ever stops happening. So a column added to the schema (a new
// field in the generated type) fails typecheck until lib/db/columns lists it.
import { describe, expect, it } from "vitest";
import { columnNames, fromSqlite, TABLES, toPgTimestamp, toSqlite, toSqliteDate, type ColumnsOf } from "@/lib/db/columns";
import type { Card } from "@/lib/generated/prisma/client";

const columns = <M>() => <const T extends ColumnsOf<M>>(table: T & Record<Exclude<keyof T, keyof M>, never>) => table;

// A model grown by one column, as after a schema change: today's list of Card's columns is refused.
type GrownCard = Card & { hint: string | null };
// @ts-expect-error Property 'hint' is missing
columns<GrownCard>()(TABLES.Card);

// A list naming a column the model does not have is refused too.
// @ts-expect-error 'note' is not a column of Card
columns<Card>()({ ...TABLES.Card, note: "text" });

// A kind the field's type cannot hold is refused: a DateTime is a timestamp, not text.
// @ts-expect-error 'due' must be a timestamp
columns<Card>()({ ...TABLES.Card, due: "text" });

describe("lib/db/columns", () => {
  it("lists the schema's columns in its order", () => {
    expect(columnNames("Review")).toEqual([
      "id", "userId", "cardId", "factId", "questionId", "clientKey", "rating", "isCorrect", "origin", "stateBefore", "elapsedDays", "timeMs", "reviewedAt",
      "timeZone", "dayStartHour", "replacesId", "parametersId",
    ]);
  });

  it("stores dates and booleans as Prisma's adapters do, and reads them back", () => {
    const at = new Date("2026-03-01T09:00:00.123Z");
    expect(toSqliteDate(at)).toBe("2026-03-01T09:00:00.123+00:00");
    expect(toPgTimestamp(at)).toBe("2026-03-01 09:00:00.123");
    expect(fromSqlite("timestamp", toSqlite("timestamp", at))).toEqual(at);
    expect(toSqlite("bool", true)).toBe(1);
    expect(fromSqlite("bool", 0)).toBe(false);
    expect(fromSqlite("bool", null)).toBeNull();
    expect(fromSqlite("int", 3n)).toBe(3);
  });
});
