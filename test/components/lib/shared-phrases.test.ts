import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedPhrases, tokenize } from "../../../src/components/lib/shared-phrases.ts";

// Quotations from the seeds: Kim Yo Jong (News1, 2022) and Kim Yong Jae (Defa Press, 2019), plus a control.
const KIM_YO_JONG = "If (Korea) still feels so attached to it, try it a hundred times or a thousand times from now on";
const KIM_YONG_JAE = "Let them impose sanctions, for a hundred, or thousand years, if they wish";
const PUTIN = "All of us together need to think about this";

describe("sharedPhrases", () => {
  it("sharedPhrases(sources) finds a phrase two documents share, with its documents, years and offsets", () => {
    const phrases = sharedPhrases([
      { id: "q1", doc: "001", text: KIM_YO_JONG, year: 2022 },
      { id: "q2", doc: "004", text: KIM_YONG_JAE, year: 2019 },
      { id: "q3", doc: "004", text: PUTIN, year: 2019 },
    ]);
    const hundred = phrases.find((p) => p.phrase === "a hundred");
    expect(hundred).toBeDefined();
    expect(hundred?.docs).toEqual(["001", "004"]);
    expect(hundred?.years).toEqual([2019, 2022]);
    const first = hundred?.occurrences[0];
    expect(KIM_YO_JONG.slice(first?.start, first?.end)).toBe("a hundred");
  });

  it("sharedPhrases(sources) ignores phrases within one document and stopword-only phrases", () => {
    const phrases = sharedPhrases([
      { id: "a", doc: "1", text: "of the people and of the state" },
      { id: "b", doc: "2", text: "most of the time, they said" },
      { id: "c", doc: "1", text: "hostile policy, hostile policy" },
    ]);
    expect(phrases.map((p) => p.phrase)).toEqual([]);
  });

  it("sharedPhrases(sources) keeps the longest phrase when shorter ones occur in the same documents", () => {
    const phrases = sharedPhrases([
      { id: "a", doc: "1", text: "They must abandon the hostile policy now." },
      { id: "b", doc: "2", text: "Washington should abandon the hostile policy first." },
    ]);
    expect(phrases.map((p) => p.phrase)).toEqual(["abandon the hostile policy"]);
  });

  it("sharedPhrases(sources, {ignore}) treats extra words, such as country names, as stopwords", () => {
    const sources = [
      { id: "a", doc: "1", text: "sanctions against North Korea" },
      { id: "b", doc: "2", text: "pressure on North Korea" },
    ];
    expect(sharedPhrases(sources).map((p) => p.phrase)).toEqual(["north korea"]);
    expect(sharedPhrases(sources, { ignore: ["north", "korea"] })).toEqual([]);
  });

  it("sharedPhrases(sources) does not join words across sentence ends, brackets or quotation marks", () => {
    const phrases = sharedPhrases([
      { id: "a", doc: "1", text: "It was a threat. Nuclear talks failed." },
      { id: "b", doc: "2", text: "A grave threat (nuclear talks aside)." },
    ]);
    expect(phrases.map((p) => p.phrase)).toEqual(["nuclear talks"]);
  });

  it("tokenize(text) keeps inner apostrophes and lower-cases words", () => {
    expect(tokenize("DPRK’s leader won't").map((t) => t.word)).toEqual(["dprk's", "leader", "won't"]);
  });

  it("sharedPhrases rejects bad options and never throws on any text", () => {
    expect(() => sharedPhrases([], { minWords: 0 })).toThrow(/invalid minWords/);
    expect(() => sharedPhrases([], { minWords: 3, maxWords: 2 })).toThrow(/invalid maxWords/);
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.string(), doc: fc.constantFrom("1", "2", "3"), text: fc.string() })),
        (sources) => {
          const phrases = sharedPhrases(sources);
          for (const p of phrases) expect(p.docs.length).toBeGreaterThanOrEqual(2);
        },
      ),
      { seed: 42 },
    );
  });
});
