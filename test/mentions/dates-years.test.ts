// Spans of years and years without a preposition, in the language of news about sanctions and launches.
// Sentences are written for these tests; none comes from a seed.
import { describe, expect, it } from "vitest";
import { extractDates } from "../../data-loaders/mentions/dates.ts";
import { extractCounts } from "../../data-loaders/mentions/counts.ts";

function found(text: string, documentDate: string | null = "2022-11-24"): [string, string][] {
  return extractDates(text, { documentDate }).map((d) => [text.slice(d.start, d.end), d.value]);
}

describe("extractDates(text) spans of years", () => {
  it.each([
    ["the 2018-19 season", "2018-19"],
    ["in the 2018–19 fiscal year", "2018–19"],
    ["The 2018-2019 budget passed.", "2018-2019"],
    ["The 2018-19 talks collapsed.", "2018-19"],
    ["the 2018/19 budget", "2018/19"],
    ["Exports fell from 2018 to 2019.", "2018 to 2019"],
    ["Exports fell from 2018 through 2019.", "2018 through 2019"],
    ["Exports fell between 2018 and 2019.", "2018 and 2019"],
  ])("extractDates(%j) reads 2018 to 2019 as one interval", (text, quote) => {
    expect(extractDates(text, { documentDate: null })).toMatchObject([
      {
        start: text.indexOf(quote),
        end: text.indexOf(quote) + quote.length,
        value: "2018/2019",
        date: { precision: "interval", first: "2018-01-01", last: "2019-12-31" },
        resolution: "absolute",
      },
    ]);
  });

  it("extractDates(text) reads from 2017 to 2019 and between 2016 and 2018 over their whole stretch", () => {
    expect(found("Thefts rose from 2017 to 2019 and fell between 2016 and 2018, as in 1950-53.")).toEqual([
      ["2017 to 2019", "2017/2019"],
      ["2016 and 2018", "2016/2018"],
      ["1950-53", "1950/1953"],
    ]);
  });

  it.each([
    "Resolution 1718 and Resolution 1874",
    "call 2018-1234 for details",
    "the 2018-12 report code",
    "in 2000-3000 cases",
    "1990-2010 troops",
    "between 2000 and 2050 troops",
    "pages 1990-2001 of the report",
    "the 2018-2219 plan",
    "the KN-2018-19 code and ABC2018-19",
  ])("extractDates(%j) reads no span", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("extractDates(text) spans that stay apart", () => {
  it("extractDates(text) reads from 2019 to 2017, which runs backwards, as two years", () => {
    expect(found("from 2019 to 2017")).toEqual([
      ["2019", "2019"],
      ["2017", "2017"],
    ]);
  });

  it("extractDates(text) reads no four-digit span before a plural noun, which may count it: 2000-2010 troops", () => {
    expect(found("The 2018-2019 talks and 2000-2010 troops")).toEqual([]);
  });
});

describe("extractDates(text) years without a preposition", () => {
  it.each([
    ["The 2017 test was the largest.", "2017"],
    ["It cited a 2006 resolution.", "2006"],
    ["North Korea's 2017 test shook the region.", "2017"],
    ["the country’s 2006 test", "2006"],
    ["2019 saw a record number of thefts.", "2019"],
    ["Then, 2022 was the busiest year.", "2022"],
    ["2000 was a leap year.", "2000"],
    ["2022's launches outnumbered those of any year.", "2022"],
    ["Resolution 2397 (2017) tightened the cap.", "2017"],
    ["since 2006, when the first test took place", "2006"],
  ])("extractDates(%j) reads the year", (text, quote) => {
    expect(extractDates(text, { documentDate: null })).toMatchObject([
      {
        start: text.indexOf(quote),
        end: text.indexOf(quote) + quote.length,
        value: quote,
        date: { precision: "year", first: `${quote}-01-01`, last: `${quote}-12-31` },
        resolution: "absolute",
      },
    ]);
  });

  it.each([
    "They fired 2019 missiles.",
    "the 2000 people who fled",
    "a 2000 km range",
    "the 2000 men",
    "Resolution 2094 and resolution 2087's text",
    "Flight 2019 landed.",
    "The 2018 talks failed.",
    "compared with the 2017.",
    "around 2000 people",
    "some 2000 troops",
    "the 1850 treaty",
    "a 2150 forecast",
    "2019 missiles were fired",
    "music of the 1990's",
    "2000 will be deployed and 2000 had fled. 2000 saw the parade.",
  ])("extractDates(%j) reads no year", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("extractDates(text) and extractCounts(text) share no span", () => {
  const text =
    "The 2017 test, 2019 saw some 2000 troops on the border; about 2000 people fled between 2016 and 2018, " +
    "and 31 missiles were fired in 2018-19.";

  it("extractCounts(text, {exclude: dates}) keeps the counts and none of the years", () => {
    const dates = extractDates(text, { documentDate: "2022-11-24" });
    expect(dates.map((d) => text.slice(d.start, d.end))).toEqual(["2017", "2019", "2016 and 2018", "2018-19"]);
    const counts = extractCounts(text, { exclude: dates });
    expect(counts.map((c) => text.slice(c.start, c.end))).toEqual([
      "some 2000 troops",
      "about 2000 people",
      "31 missiles",
    ]);
    for (const c of counts) for (const d of dates) expect(c.end <= d.start || d.end <= c.start).toBe(true);
  });

  it("extractCounts(text) alone claims none of the years the dates read", () => {
    const dates = extractDates(text, { documentDate: "2022-11-24" });
    const counts = extractCounts(text, { exclude: [] });
    for (const c of counts) for (const d of dates) expect(c.end <= d.start || d.end <= c.start).toBe(true);
  });
});
