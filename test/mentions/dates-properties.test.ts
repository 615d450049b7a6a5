// Properties that hold for any input: generated strings, and soups of the words dates are made of.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_RESOLUTIONS, TEXT_ONLY_RESOLUTIONS, dateValue, extractDates } from "../../data-loaders/mentions/dates.ts";

const WORDS = [
  "in",
  "on",
  "the",
  "of",
  "since",
  "last",
  "this",
  "next",
  "early",
  "mid-",
  "late",
  "earlier",
  "first",
  "second",
  "half",
  "quarter",
  "year",
  "month",
  "week",
  "March",
  "May",
  "Dec.",
  "Sept",
  "February",
  "Tuesday",
  "Sunday",
  "today",
  "yesterday",
  "24th",
  "31st",
  "29",
  "30",
  "2022",
  "1999",
  "9999",
  "1000",
  "2022.2.29",
  "2024-02-29",
  "27April",
  "2017–2023",
  "GMT27",
  "$",
  ",",
  ".",
  "-",
  "“",
  "”",
  '"',
  "\n",
  "and",
  "or",
  "missiles",
  "7th",
  "Q4",
  "Q1",
  "fourth",
  "14/02/2024",
  "03/04/2024",
  "02/14/2024",
  "3/4",
  "2018-19",
  "2018-2019",
  "between",
  "from",
  "to",
  "a",
  "'s",
  "saw",
  "(",
  ")",
  "Resolution",
  "people",
];

const soup = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", "", " ", "\u00a0", ", ")), { maxLength: 30 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

const documentDate = fc.option(
  fc
    .date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

const PRECISION_FORMS: Record<string, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  interval: /^\d{4}(?:-\d{2}(?:-\d{2})?)?\/\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
};

function checkDates(text: string, date: string | null): void {
  const found = extractDates(text, { documentDate: date });
  let previousEnd = 0;
  for (const d of found) {
    expect(d.start).toBeGreaterThanOrEqual(previousEnd);
    expect(d.end).toBeGreaterThan(d.start);
    expect(d.end).toBeLessThanOrEqual(text.length);
    previousEnd = d.end;
    expect(d.value).toBe(d.date.iso);
    expect(d.date.first <= d.date.last).toBe(true);
    expect(d.date.iso).toMatch(PRECISION_FORMS[d.date.precision]);
    // Reading the iso string back gives the same first and last day: they agree with the precision.
    expect(dateValue(d.date.iso)).toEqual(d.date);
    expect(DATE_RESOLUTIONS).toContain(d.resolution);
    if (date === null) expect(TEXT_ONLY_RESOLUTIONS).toContain(d.resolution);
  }
}

describe("extractDates(text) properties", () => {
  it("extractDates(text) never throws on any string, and every span and DateValue is well formed", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), documentDate, checkDates), {
      seed: 42,
      numRuns: 500,
    });
  });

  it("extractDates(text) keeps its promises on soups of date words", () => {
    fc.assert(fc.property(soup, documentDate, checkDates), { seed: 42, numRuns: 3000 });
  });

  it("extractDates(text) finds a date in most soups, so the property above is not vacuous", () => {
    const samples = fc.sample(fc.tuple(soup, documentDate), { seed: 42, numRuns: 300 });
    const withDates = samples.filter(([text, date]) => extractDates(text, { documentDate: date }).length > 0);
    expect(withDates.length).toBeGreaterThan(75);
  });
});
