// All-number dates with the year last, as government notices and European and American wire copy write them.
// Sentences are written for these tests; none comes from a seed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../data-loaders/mentions/dates.ts";

function found(text: string, documentDate: string | null = "2024-03-01"): [string, string, string][] {
  return extractDates(text, { documentDate }).map((d) => [text.slice(d.start, d.end), d.value, d.resolution]);
}

describe("extractDates(text) numeric dates", () => {
  it.each([
    ["The notice dated 14/02/2024 lists six vessels.", "14/02/2024"],
    ["The notice dated 14.02.2024 lists six vessels.", "14.02.2024"],
    ["The notice dated 14-02-2024 lists six vessels.", "14-02-2024"],
    ["The notice dated 02/14/2024 lists six vessels.", "02/14/2024"],
    ["The notice dated 2/14/2024 lists six vessels.", "2/14/2024"],
    ["The notice dated 2024/02/14 lists six vessels.", "2024/02/14"],
  ])("extractDates(%j) reads 14 February 2024, the order being plain", (text, quote) => {
    expect(found(text)).toEqual([[quote, "2024-02-14", "absolute"]]);
  });

  it("extractDates(text) reads a date whose two numbers are equal without asking the order: 05/05/2024", () => {
    expect(found("Issued 05/05/2024.")).toEqual([["05/05/2024", "2024-05-05", "absolute"]]);
  });

  it("extractDates(text) reads an ambiguous 03/04/2024 day first by default and says so", () => {
    expect(found("The ship docked on 03/04/2024 in Nampo.")).toEqual([
      ["03/04/2024", "2024-04-03", "numeric date read day first by default"],
    ]);
  });

  it("extractDates(text) reads an ambiguous date month first when the text's other numeric dates are month first", () => {
    const text = "Filed 02/14/2024. The ship docked on 03/04/2024, and left 03/21/2024.";
    expect(found(text)).toEqual([
      ["02/14/2024", "2024-02-14", "absolute"],
      ["03/04/2024", "2024-03-04", "numeric date read month first, as elsewhere in the text"],
      ["03/21/2024", "2024-03-21", "absolute"],
    ]);
  });

  it("extractDates(text) reads an ambiguous date day first when the text's other numeric dates are day first", () => {
    expect(found("The ship docked on 03.04.2024 and left 21.04.2024.")).toEqual([
      ["03.04.2024", "2024-04-03", "numeric date read day first, as elsewhere in the text"],
      ["21.04.2024", "2024-04-21", "absolute"],
    ]);
  });

  it("extractDates(text) falls back to day first when the text's numeric dates disagree", () => {
    expect(found("on 14/02/2024, 02/15/2024 and 03/04/2024")[2]).toEqual([
      "03/04/2024",
      "2024-04-03",
      "numeric date read day first by default",
    ]);
  });

  it("extractDates(text) reads an ambiguous date as the document date when one of its orders is that day", () => {
    expect(found("WASHINGTON, 03/01/2024 — The Treasury", "2024-03-01")).toEqual([
      ["03/01/2024", "2024-03-01", "numeric date order from document date"],
    ]);
    expect(found("SEOUL, 01/03/2024 — The ministry", "2024-03-01")).toEqual([
      ["01/03/2024", "2024-03-01", "numeric date order from document date"],
    ]);
  });

  it("extractDates(text) reads numeric dates without a document date", () => {
    expect(found("Dated 14/02/2024 and 03/04/2024.", null).map((d) => d[1])).toEqual(["2024-02-14", "2024-04-03"]);
  });

  it.each([
    "About 3/4 of the crew and 1/2 of the cargo",
    "The vote was 13-2 and the score 3-1",
    "Update to version 1.2.3 or v1.2.2024 now",
    "Resolution 1.2.2024 of the board",
    "an impossible 31/02/2024 and 13/13/2024",
    "a two-digit year: 14/02/24",
    "a year outside the range: 12.10.1066",
    "mixed separators: 14/02-2024",
    "a longer number: 1.14.02.2024 and 14/02/2024.5 and 14/02/20245",
    "a code glued to letters: KN14/02/2024",
  ])("extractDates(%j) reads no numeric date", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("extractDates(text) reads any d/m/yyyy of real days as one of its two orders, never throwing", () => {
    const part = fc.integer({ min: 0, max: 40 });
    const separator = fc.constantFrom("/", ".", "-");
    const year = fc.integer({ min: 1890, max: 2110 });
    fc.assert(
      fc.property(part, separator, part, year, (a, sep, b, y) => {
        const text = `on ${a}${sep}${b}${sep}${y} the`;
        const dates = extractDates(text, { documentDate: "2024-03-01" });
        for (const d of dates) {
          expect(text.slice(d.start, d.end)).toBe(`${a}${sep}${b}${sep}${y}`);
          const [dy, m, dd] = d.value.split("-").map(Number);
          expect(dy).toBe(y);
          expect([`${m}/${dd}`, `${dd}/${m}`]).toContain(`${a}/${b}`);
          const byDocument = d.resolution === "numeric date order from document date";
          if (a <= 12 && b <= 12 && a !== b && !byDocument) expect([m, dd]).toEqual([b, a]);
          if (byDocument) expect(d.value).toBe("2024-03-01");
        }
        const plain = (a > 12 && b <= 12) || (b > 12 && a <= 12);
        if (plain && y >= 1900 && y <= 2099 && a >= 1 && b >= 1 && a <= 28 && b <= 28) expect(dates).toHaveLength(1);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});
