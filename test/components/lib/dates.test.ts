import { describe, expect, it } from "vitest";
import { dayParts, spanOf } from "../../../src/components/lib/dates.ts";

describe("dates", () => {
  it("dayParts(iso) reads real calendar days only", () => {
    expect(dayParts("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29, isMonthEnd: true });
    expect(dayParts("2023-02-29")).toBeNull();
    expect(dayParts("2023-2-1")).toBeNull();
    expect(dayParts(20230201)).toBeNull();
  });

  it("spanOf(date) covers first to last day inclusive, and knows a single day from a stretch", () => {
    const day = spanOf({ iso: "2022-10-14", precision: "day", first: "2022-10-14", last: "2022-10-14" })!;
    expect(day.isDay).toBe(true);
    expect(day.end.getTime() - day.start.getTime()).toBe(86_400_000);
    const month = spanOf({ iso: "2022-03", precision: "month", first: "2022-03-01", last: "2022-03-31" })!;
    expect(month).toMatchObject({ isDay: false, precision: "month" });
    expect(month.end.toISOString()).toBe("2022-04-01T00:00:00.000Z");
  });

  it("spanOf(date) falls back to the ISO string when first and last are missing or broken", () => {
    const year = spanOf({ iso: "2019", precision: "year", first: "", last: "nonsense" } as never)!;
    expect([year.start.toISOString(), year.end.toISOString()]).toEqual([
      "2019-01-01T00:00:00.000Z",
      "2020-01-01T00:00:00.000Z",
    ]);
    const interval = spanOf({ iso: "2022-01/2022-06", precision: "interval" } as never)!;
    expect(interval.end.toISOString()).toBe("2022-07-01T00:00:00.000Z");
    expect(spanOf({ iso: "someday" } as never)).toBeNull();
    expect(spanOf(null)).toBeNull();
  });
});
