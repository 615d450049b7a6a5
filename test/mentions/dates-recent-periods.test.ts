// Stretches counted back from the document date, in sentences written for this test in the style of UN panel
// reports and wire copy (none from the seeds).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractDates } from "../../data-loaders/mentions/dates.ts";

function found(text: string, documentDate: string | null) {
  return extractDates(text, { documentDate }).map((d) => ({
    quote: text.slice(d.start, d.end),
    iso: d.date.iso,
    precision: d.date.precision,
    first: d.date.first,
    last: d.date.last,
    resolution: d.resolution,
  }));
}

describe("extractDates(text) stretches before the document date", () => {
  const doc = "2024-09-18";

  it("extractDates(text) reads 'over the past five years' as the five years before the document's year", () => {
    expect(found("Pyongyang's cyber units took in crypto worth billions over the past five years.", doc)).toEqual([
      {
        quote: "the past five years",
        iso: "2019/2024",
        precision: "interval",
        first: "2019-01-01",
        last: "2024-12-31",
        resolution: "relative to document date",
      },
    ]);
  });

  it.each([
    ["Exports collapsed in the past two years, customs data show.", "the past two years", "2022/2024"],
    ["Launch rates tripled over the last decade.", "the last decade", "2014/2024"],
    ["The regime has spent heavily in the last 3 years.", "the last 3 years", "2021/2024"],
    ["Seoul's approach shifted over the past two decades.", "the past two decades", "2004/2024"],
    ["Prices doubled during the past 18 months.", "the past 18 months", "2023-03/2024-09"],
    ["The past two weeks brought three launches.", "The past two weeks", "2024-09-04/2024-09-18"],
  ])("extractDates(%j) reads a stretch ending at the document date", (text, quote, iso) => {
    expect(found(text, doc).map((d) => [d.quote, d.iso])).toEqual([[quote, iso]]);
  });

  it("extractDates(text) still reads 'last year' as the calendar year before the document's", () => {
    expect(found("Exports fell last year.", doc).map((d) => [d.quote, d.iso, d.precision])).toEqual([
      ["last year", "2023", "year"],
    ]);
  });

  it.each([
    ["in the past few years", "no number"],
    ["over the past several decades", "no number"],
    ["in recent years", "no stretch named"],
    ["the last five years of his father's rule", "a stretch of something else"],
    ["the previous two years", "counted from a date the text gave"],
    ["the next five years", "the future"],
    ["the past one years", "a plural after one"],
    ["for five years", "no 'the past'"],
    ["over the past year", "read to the year it would cover two"],
  ])("extractDates(%j) reads no stretch (%s)", (text) => {
    expect(found(text, doc)).toEqual([]);
  });

  it("extractDates(text) reads no stretch without a document date", () => {
    expect(found("over the past five years", null)).toEqual([]);
  });

  it("extractDates(text) never throws on text around period words and keeps its spans inside the text", () => {
    const words = fc.constantFrom(
      "the ",
      "The ",
      "past ",
      "last ",
      "five ",
      "12 ",
      "year",
      "years",
      "decade",
      "s",
      " of ",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        return extractDates(text, { documentDate: "9999-12-31" }).every(
          (d) => d.start >= 0 && d.end <= text.length && d.start < d.end,
        );
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
