// The dates each seed article gives, read against the publication date in seeds/catalog.json.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDates } from "../../data-loaders/mentions/dates.ts";
import type { CatalogEntry } from "../../data-loaders/types.ts";

const catalog: CatalogEntry[] = JSON.parse(readFileSync("seeds/catalog.json", "utf8"));

/** [quote, value, resolution] for each date, in order of appearance. */
const expected: Record<string, [string, string, string][]> = {
  "000_f98022329e002b79.txt": [
    ["Nov 6", "2025-11-06", "year from document date"],
    ["Tuesday", "2025-11-04", "weekday before document date"],
    ["This week", "2025-11-03/2025-11-09", "relative to document date"],
    ["last week", "2025-10-27/2025-11-02", "relative to document date"],
    ["March next year", "2026-03", "relative to document date"],
  ],
  "001_9d2ae734795a9dc4.txt": [
    ["2022.8.11", "2022-08-11", "absolute"],
    ["the 24th", "2022-11-24", "day of month from document date"],
    ["this year", "2022", "relative to document date"],
    ["May", "2022-05", "year from document date"],
    ["this year", "2022", "relative to document date"],
    ["March", "2022-03", "year from document date"],
    ["the first half of this year", "2022-01/2022-06", "relative to document date"],
    ["2019", "2019", "absolute"],
    ["2020", "2020", "absolute"],
    ["this year", "2022", "relative to document date"],
    ["the 14th of last month", "2022-10-14", "relative to document date"],
    ["the 17th", "2022-11-17", "day of month from document date"],
  ],
  "002_5f76f34adb6de2fd.txt": [
    ["27 October 2020", "2020-10-27", "absolute"],
    ["Monday", "2018-08-06", "weekday before document date"],
    ["Monday", "2018-08-06", "weekday before document date"],
    // "the remains sent back today" is inside Trump's quotation: his "today" is not the document date.
    ["June", "2018-06", "year from document date"],
    ["Monday", "2018-08-06", "weekday before document date"],
    ["Monday", "2018-08-06", "weekday before document date"],
    ["Monday", "2018-08-06", "weekday before document date"],
    ["Monday", "2018-08-06", "weekday before document date"],
    ["Friday", "2018-08-03", "weekday before document date"],
    ["2018", "2018", "absolute"],
    ["Friday", "2018-08-03", "weekday before document date"],
    ["September", "2017-09", "year from document date"],
    ["June", "2018-06", "year from document date"],
  ],
  "003_d1f2b0232cde14cc.txt": [
    ["December 13, 2022", "2022-12-13", "absolute"],
    ["Tuesday", "2022-12-13", "weekday before document date"],
    ["this year", "2022", "relative to document date"],
    ["Monday", "2022-12-12", "weekday before document date"],
    ["2006", "2006", "absolute"],
  ],
  "004_fcfc1a8f3b45e3ee.txt": [
    ["28 February 2024", "2024-02-28", "absolute"],
    ["27April 2019", "2019-04-27", "absolute"],
    ["Friday", "2019-04-26", "weekday before document date"],
    ["2003", "2003", "absolute"],
    ["last year", "2018", "relative to document date"],
    ["Thursday", "2019-04-25", "weekday before document date"],
    ["2009", "2009", "absolute"],
    ["June last year", "2018-06", "relative to document date"],
    ["February", "2019-02", "year from document date"],
  ],
};

describe("extractDates(text) over the seeds", () => {
  it("the catalog lists every seed this test expects", () => {
    expect(catalog.map((e) => e.doc).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(catalog.map((e) => [e.doc, e.published] as const))(
    "extractDates(%s, {documentDate: %s}) reads the seed's dates",
    (doc, published) => {
      const text = readFileSync(`seeds/${doc}`, "utf8");
      const found = extractDates(text, { documentDate: published });
      expect(found.map((d) => [text.slice(d.start, d.end), d.value, d.resolution])).toEqual(expected[doc]);
    },
  );

  it("extractDates(text) without a document date keeps only the seeds' absolute dates", () => {
    const absolute = Object.fromEntries(
      catalog.map((e) => {
        const text = readFileSync(`seeds/${e.doc}`, "utf8");
        return [e.doc, extractDates(text, { documentDate: null }).map((d) => text.slice(d.start, d.end))];
      }),
    );
    expect(absolute).toEqual(
      Object.fromEntries(
        Object.entries(expected).map(([doc, dates]) => [
          doc,
          dates.filter((d) => d[2] === "absolute").map((d) => d[0]),
        ]),
      ),
    );
  });
});
