import { describe, expect, it } from "vitest";
import { spanOf } from "../../src/components/lib/dates.ts";
import { toSvgString } from "../../src/components/lib/serialize.ts";
import { busiestYear, rows, YearInFocus, yearInFocusAlt, yearInFocusData } from "../../src/components/yearInFocus.ts";
import { loadCorpus, server } from "./fixture.ts";

const day = (iso: string) => ({ iso, precision: "day" as const, first: iso, last: iso });

describe("yearInFocus", () => {
  it("yearInFocusData(data) picks the year with the most events by default", () => {
    const { year, events } = yearInFocusData(loadCorpus());
    expect(year).toBe(2022);
    expect(events).toHaveLength(11);
  });

  it("busiestYear(events) prefers the latest year on a tie and counts every year a stretch touches", () => {
    const events = [day("2019-04-25"), day("2022-03-01")].map(
      (d) => [{} as never, spanOf(d)!] as [never, NonNullable<ReturnType<typeof spanOf>>],
    );
    expect(busiestYear(events)).toBe(2022);
    const long = spanOf({ iso: "2018/2019", precision: "interval", first: "2018-01-01", last: "2019-12-31" })!;
    expect(busiestYear([...events, [{} as never, long]])).toBe(2019);
  });

  it("yearInFocusData(data, {year}) shows the year asked for, including stretches that reach into it", () => {
    const { events } = yearInFocusData(loadCorpus(), { year: 2019 });
    expect(events.map(([e]) => e.date?.iso)).toEqual([
      "2019",
      "2019-02",
      "2019-04-25",
      "2019-04-25",
      "2019-04-25",
      "2019-04-25",
      "2019-04-26",
    ]);
    expect(() => yearInFocusData(loadCorpus(), { year: 2019.5 })).toThrow(/invalid year/);
  });

  it("YearInFocus(data) counts the events dated within each month above the month", () => {
    const figure = YearInFocus(loadCorpus(), server());
    // March (theft), May (veto), October (designation), November (2 statements), December (meeting and 2 statements).
    const counts = [...figure.querySelectorAll('g[aria-label="text"][font-size="10"] text')].map((t) => t.textContent);
    expect(counts).toEqual(["1", "1", "1", "2", "3"]);
  });

  it("yearInFocusAlt(data) names the year, the busiest month and the events with their dates", () => {
    const alt = yearInFocusAlt(loadCorpus());
    expect(alt).toContain("Month-by-month chart of 2022 with 11 events");
    expect(alt).toContain("Busiest month: December (3 events)");
    expect(alt).toContain("March 2022: North Korea: theft of 620 million USD from Axie Infinity");
  });

  it("YearInFocus(data) shows an empty state for a year without events", () => {
    expect(toSvgString(YearInFocus(loadCorpus(), { ...server(), year: 1990 }))).toContain("No events in 1990.");
    expect(rows(loadCorpus(), { year: 1990 })).toEqual([]);
  });
});
