import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchGazetteer, type AliasTarget } from "../../data-loaders/gazetteer/index.ts";
import { aliasHit, findAlias } from "../../data-loaders/gazetteer/match.ts";
import { aliasIndex } from "../../data-loaders/gazetteer/lexicon.ts";
import { buildAliasTrie, HAS_TARGETS, trieChild } from "../../data-loaders/gazetteer/trie.ts";
import { koreanVariants } from "../../data-loaders/gazetteer/romanization.ts";
import { nameKey } from "../../data-loaders/gazetteer/normalize.ts";

function matched(text: string, start = 0): string | null {
  const m = matchGazetteer(text, start);
  return m ? text.slice(m.start, m.end) : null;
}

describe("matchGazetteer", () => {
  it("matchGazetteer(text, start) takes the longest alias", () => {
    expect(matched("North Korean Army Reconnaissance General Bureau")).toBe("North Korean Army");
    expect(matched("Central Committee of the Workers’ Party of Korea, wrote")).toBe(
      "Central Committee of the Workers’ Party of Korea",
    );
    expect(matched("Korean Central News Agency (KCNA)")).toBe("Korean Central News Agency");
  });

  it("matchGazetteer(text, start) reads initials, possessives and no-break spaces", () => {
    expect(matched("U.S. Deputy Special Representative")).toBe("U.S.");
    expect(matched("Sung Y. Kim (C)")).toBe("Sung Y. Kim");
    expect(matched("Korean People’s Army units")).toBe("Korean People’s Army");
    expect(matched("Korea’s strong reaction")).toBeNull();
    expect(matched("the Workers'\u00a0Party of\u00a0Korea", 4)).toBe("Workers'\u00a0Party of\u00a0Korea");
  });

  it("matchGazetteer(text, start) stops at line breaks and sentence ends", () => {
    expect(matched("North\nKorea")).toBeNull();
    expect(matched("Japan. Korea is")).toBe("Japan");
  });

  it("matchGazetteer(text, start) never throws and stays inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(60), (text, start) => {
        const m = matchGazetteer(text, Math.min(start, text.length));
        if (m) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("koreanVariants", () => {
  it("koreanVariants(name) spells each syllable in the usual romanizations", () => {
    const keys = new Set(koreanVariants("Kim Yo Jong").map(nameKey));
    for (const spelling of ["Kim Yeo-jeong", "Kim Yeo-jung", "Kim Yo-jong"]) expect(keys).toContain(nameKey(spelling));
    const surnames = new Set(koreanVariants("Ri Son Gwon").map((v) => v.split(" ")[0]));
    expect(surnames).toEqual(new Set(["Ri", "Lee", "Yi", "Rhee"]));
  });

  it("koreanVariants(name) gives nothing for names it cannot split", () => {
    expect(koreanVariants("Naruhito")).toEqual([]);
  });
});

describe("nameKey", () => {
  it("nameKey(name) ignores spacing, hyphens, apostrophes and accents", () => {
    expect(nameKey("Kim Jong-un")).toBe(nameKey("Kim Jong Un"));
    expect(nameKey("Workers’ Party")).toBe(nameKey("Workers' Party"));
    expect(nameKey("António Guterres")).toBe("antonioguterres");
  });
});

describe("findAlias", () => {
  it("findAlias(text, start) gives the target and, in aliasHit, the end and words matchGazetteer gives", () => {
    const text =
      "US President Donald Trump met North Korean leader Kim Jong-un; the U.S. State Department and the Workers’ Party of Korea";
    for (let start = 0; start < text.length; start++) {
      const m = matchGazetteer(text, start);
      const target = findAlias(text, start);
      expect(target).toBe(m?.target ?? null);
      if (m) expect([aliasHit.end, aliasHit.words]).toEqual([m.end, m.words]);
    }
  });

  it("findAlias(text, start) reads every alias key of the gazetteer written in lower case letters", () => {
    for (const [key, targets] of aliasIndex) {
      // Keys hold only letters and digits, so the key itself is a one-word text for the walk.
      const caseless = targets.filter((t) => t.upper.length === 0);
      if (caseless.length === 0) continue;
      expect(findAlias(key, 0), key).toBe(caseless[0]);
      expect(aliasHit.end).toBe(key.length);
    }
  });
});

describe("buildAliasTrie", () => {
  it("buildAliasTrie(index) leads every key, letter by letter, to a node naming its targets", () => {
    const index = new Map([
      ["kim", [{ form: "bare", entry: null, generic: null, upper: [] }]],
      ["kimjongun", [{ form: "name", entry: null, generic: null, upper: [0] }]],
      ["dprk2", [{ form: "name", entry: null, generic: null, upper: [] }]],
      ["ŋa", [{ form: "none", entry: null, generic: null, upper: [] }]],
    ] as const satisfies readonly (readonly [string, AliasTarget[]])[]);
    const trie = buildAliasTrie(new Map(index.entries()));
    for (const [key, targets] of index) {
      let node = 0;
      for (const ch of key) node = trieChild(trie, node, ch.charCodeAt(0));
      expect(node, key).toBeGreaterThan(0);
      expect(trie.targets[node]).toBe(targets);
      expect(trie.info[node] & HAS_TARGETS).toBe(HAS_TARGETS);
    }
    expect(trieChild(trie, 0, "x".charCodeAt(0))).toBe(-1);
  });
});
