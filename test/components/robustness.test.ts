import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../data-loaders/types.ts";
import { figures } from "../../src/components/index.ts";
import { FigureCardsSvg } from "../../src/components/figureCards.ts";
import { TheftVsMissiles } from "../../src/components/theftVsMissiles.ts";
import { loadCorpus, server } from "./fixture.ts";

// Records with any field missing, null or of the wrong type, mixed with real ones from the fixture.
function messy(records: unknown[]): fc.Arbitrary<unknown[]> {
  const mangled = fc
    .tuple(
      fc.constantFrom(...records),
      fc.dictionary(
        fc.constantFrom(
          "date",
          "value",
          "high",
          "unit",
          "facts",
          "targets",
          "targetNames",
          "actor",
          "summary",
          "parts",
          "doc",
          "quote",
          "type",
          "kind",
          "equivalents",
          "participants",
          "published",
          "publisher",
          "speaker",
          "country",
          "precision",
          "first",
          "last",
          "iso",
        ),
        fc.anything(),
      ),
    )
    .map(([record, overrides]) => ({ ...(record as object), ...overrides }));
  return fc.array(fc.oneof(mangled, fc.anything()), { maxLength: 12 });
}

describe("figures tolerate messy data", () => {
  it("every figure renders an empty state for {}, null and empty arrays", () => {
    for (const data of [{}, null, undefined, { events: [], figures: [], facts: [], documents: [] }]) {
      for (const f of figures) {
        const svg = f.svg(data as Partial<Corpus>, server());
        expect(svg).toMatch(/No |Nothing|no /);
        expect(f.rows(data as Partial<Corpus>)).toEqual([]);
      }
    }
  });

  it("no figure throws on records with missing, null or mistyped fields", () => {
    const corpus = loadCorpus();
    fc.assert(
      fc.property(
        messy(corpus.events),
        messy(corpus.figures),
        messy(corpus.facts),
        messy(corpus.documents),
        (events, figs, facts, documents) => {
          const data = { events, figures: figs, facts, documents } as unknown as Partial<Corpus>;
          for (const f of figures) {
            expect(() => f.svg(data, server())).not.toThrow();
            expect(() => f.rows(data)).not.toThrow();
          }
          expect(() => FigureCardsSvg(data, server())).not.toThrow();
          expect(() => TheftVsMissiles(data, { ...server(), currency: "KRW" })).not.toThrow();
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it("figures reject misuse of their options with a TypeError naming the value", () => {
    const corpus = loadCorpus();
    expect(() => figures[1].render(corpus, { ...server(), width: Number.NaN })).toThrow(/invalid width: NaN/);
    expect(() => figures[1].render(corpus, { ...server(), height: -3 })).toThrow(/invalid height: -3/);
    expect(() => figures[1].render(corpus, { ...server(), theme: "sepia" as "light" })).toThrow(/invalid theme: sepia/);
    expect(() => figures[1].render(corpus, {})).toThrow(/no document/);
  });
});
