// Theft totals over a stretch of years, as UN panel and analytics-firm reports word them; written for this test
// (none from the seeds).
import { describe, expect, it } from "vitest";
import { wireCorpus } from "./wire-corpus.ts";

describe("buildEvents dates a theft totalled over a stretch before the article", () => {
  it("buildEvents dates 'stole … over the past five years' to the five years before the article's year", () => {
    const corpus = wireCorpus(
      "Crypto losses\n\nNorth Korean hackers stole some $3 billion in digital assets over the past five years, a UN panel of experts said.\n",
      "2023-02-06",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.amount).toMatchObject({ value: 3e9, unit: "USD" });
    expect(theft.date).toEqual({ iso: "2018/2023", precision: "interval", first: "2018-01-01", last: "2023-12-31" });
    const [date] = corpus.facts.filter((f) => f.kind === "date");
    expect(date).toMatchObject({ quote: "the past five years", resolution: "relative to document date" });
  });

  it("buildEvents dates a theft 'in the last decade' to the ten years before the article's year", () => {
    const corpus = wireCorpus(
      "Crypto losses\n\nHackers linked to Pyongyang have looted more than $2 billion in the last decade, analysts said.\n",
      "2024-05-10",
    );
    const [theft] = corpus.events.filter((e) => e.type === "theft");
    expect(theft.date?.iso).toBe("2014/2024");
  });
});
