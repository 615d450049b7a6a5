import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchGazetteer } from "../../data-loaders/gazetteer/index.ts";
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
