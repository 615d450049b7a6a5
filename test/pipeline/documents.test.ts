import { describe, expect, it } from "vitest";
import { seedCorpus } from "./seed-corpus.ts";

describe("documents on the seeds", () => {
  const corpus = seedCorpus();
  const byPrefix = (p: string) => corpus.documents.find((d) => d.doc.startsWith(p))!;

  it("reads all five seeds with titles and catalog publication dates", () => {
    expect(corpus.documents).toHaveLength(5);
    for (const d of corpus.documents) {
      expect(d.status).toBe("ok");
      expect(d.publishedSource).toBe("catalog");
      expect(d.title).toBeTruthy();
    }
    expect(byPrefix("000").title).toBe("Why Is North Korea Condemning US Sanctions on Pyongyang?");
  });

  it("resolves the year-less dateline 'Nov 6' in agreement with the catalog", () => {
    const d = byPrefix("000");
    expect(d.textDate?.iso).toBe("2025-11-06");
    expect(d.discrepancies).toEqual([]);
  });

  it("reports a header date years after the catalog's publication date", () => {
    expect(byPrefix("002").discrepancies.join("\n")).toMatch(/2020-10-27.*after.*2018-08-06/);
  });

  it("reports a photo caption dated months before the article", () => {
    expect(byPrefix("001").discrepancies.join("\n")).toMatch(/2022-08-11.*before/);
  });

  it("reports an update stamp but agrees with the labelled publish date", () => {
    const d = byPrefix("004");
    expect(d.textDate?.iso).toBe("2019-04-27");
    expect(d.discrepancies.join("\n")).toMatch(/2024-02-28/);
  });
});
