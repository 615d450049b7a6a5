import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoted, shortQuote } from "../../../src/components/lib/quote.ts";

const SENTENCE =
  "The amount of cryptocurrency stolen by North Korea through the hacking of the blockchain-based game ‘Exinfinity’ in March was $620 million, equivalent to the cost ($400-650 million) spent shooting 31 ballistic missiles in the first half of this year.";

describe("quote", () => {
  it("shortQuote(sentence, focus) keeps the focus words in view, cut at word boundaries with ellipses", () => {
    const short = shortQuote(SENTENCE, "$400-650 million", 80);
    expect(short).toContain("$400-650 million");
    expect(short.startsWith("…")).toBe(true);
    expect(short.length).toBeLessThanOrEqual(82);
    expect(SENTENCE).toContain(short.replace(/^…|…$/g, ""));
  });

  it("shortQuote(sentence) returns a short sentence whole, and never throws", () => {
    expect(shortQuote("We won’t hesitate.", "", 80)).toBe("We won’t hesitate.");
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer({ min: 1, max: 200 }), (s, focus, max) => {
        expect(typeof shortQuote(s, focus, max)).toBe("string");
      }),
      { seed: 42 },
    );
  });

  it("quoted(text) wraps in typographic quotes without doubling existing ones", () => {
    expect(quoted('"we won’t hesitate to do that."')).toBe("“we won’t hesitate to do that.”");
    expect(quoted("")).toBe("");
  });
});
