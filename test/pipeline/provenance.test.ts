import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { runPipeline } from "../../data-loaders/pipeline.ts";
import { loadCorpus } from "../../data-loaders/load-corpus.ts";
import type { FactDraft, ReadResult } from "../../data-loaders/types.ts";
import { attachProvenance, sentenceAt } from "../../data-loaders/provenance/attach.ts";
import { factId, slug } from "../../data-loaders/provenance/ids.ts";
import { segment } from "../../data-loaders/segment/segment.ts";
import { SEEDS, seedCorpus } from "./seed-corpus.ts";

function asRead(doc: string, text: string): ReadResult {
  return { doc, path: doc, bytes: text.length, status: "ok", reason: null, text, warnings: [] };
}

// Fragments of news language, so random documents exercise the extractors rather than only punctuation.
const fragments = fc.constantFrom(
  "$620 million",
  "$400-650 million",
  "about 828.6 billion won",
  "31 ballistic missiles",
  " on Tuesday",
  " on the 14th of last month",
  "eight North Korean individuals and two organizations",
  "“We will respond,” Kim said.",
  "Seoul, Nov 6 (Yonhap) ",
  "\n",
  "\r\n",
  "\u00a0",
  ". ",
  "designated",
  "stolen",
  "the US",
  "Kim Jong-un",
  "in 2019",
);
const documentText = fc
  .array(fc.oneof(fragments, fc.string({ maxLength: 12 })), { maxLength: 40 })
  .map((a) => a.join(""));

describe("pipeline provenance", () => {
  it("slices every seed fact's quote from its document at its offsets", () => {
    const corpus = seedCorpus();
    const texts = new Map(corpus.documents.map((d) => [d.doc, d.text]));
    expect(corpus.facts.length).toBeGreaterThan(100);
    for (const f of corpus.facts) {
      expect(texts.get(f.doc)!.slice(f.start, f.end)).toBe(f.quote);
      expect(texts.get(f.doc)!.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
    }
  });

  it("runPipeline never throws and every offset pair slices to its quote, for any text", () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const corpus = runPipeline([asRead("random.txt", text)]);
        for (const f of corpus.facts) {
          if (text.slice(f.start, f.end) !== f.quote) return false;
          if (f.start < 0 || f.end > text.length || f.start >= f.end) return false;
        }
        return corpus.events.every((e) => text.slice(e.start, e.end) === e.quote);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("gives byte-identical output for two runs over the same input", () => {
    const a = JSON.stringify(loadCorpus([SEEDS]));
    const b = JSON.stringify(loadCorpus([SEEDS]));
    expect(a).toBe(b);
  });

  it("gives every fact a unique id", () => {
    const ids = seedCorpus().facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("finds each fact's sentence and id whatever order the drafts come in", () => {
    const text =
      "Seoul, Nov 6 (Yonhap) -- Hackers stole $620 million. Kim said so.\n\nThe US designated 8 individuals.";
    const { sentences } = segment(text);
    const span = fc.tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: 12 }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 20 }), (spans) => {
        const drafts = spans.map(([start, length]): FactDraft => {
          const end = Math.min(text.length, start + length + 1);
          return { kind: "count", start, end, value: 1, high: null, unit: "x", qualifier: null };
        });
        const facts = attachProvenance("wire.txt", text, sentences, drafts);
        for (const f of facts) {
          expect(f.sentence.index).toBe(sentenceAt(sentences, f.start));
          expect(f.id).toBe(factId("wire.txt", "count", f.start, f.end));
          expect(text.slice(f.start, f.end)).toBe(f.quote);
        }
      }),
    );
  });

  it("slug: lower-case words joined by hyphens, accents dropped, the same however often it is asked", () => {
    const names = ["United States", "Ri Chŏl-ho", "2022-03/2022-06", "  U.S. Treasury ", "KRW/USD"];
    const first = names.map(slug);
    expect(first).toEqual(["united-states", "ri-chol-ho", "2022-03-2022-06", "u-s-treasury", "krw-usd"]);
    expect(names.map(slug)).toEqual(first);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        expect(slug(text)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slug(text)).toBe(slug(text));
      }),
    );
  });
});
