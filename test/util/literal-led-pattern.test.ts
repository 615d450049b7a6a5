import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LiteralLedPattern } from "../../data-loaders/util/literal-led-pattern.ts";

// Patterns whose every match starts with one of the literals, alternatives at one place included.
const CASES: [RegExp, string[]][] = [
  [/;\s|,\s+(?:but|while)\s|,\s+and\s+(?=[a-z])|\band\s+(?:later|then)\s/g, [";", ",", "and"]],
  [/ab|abc\d|\bb+c|a(?=b)/g, ["a", "b"]],
];

const token = fc.constantFrom(";", ",", " ", "\n", "a", "b", "c", "ab", "abc", "and", "but", "then", "x", "7", "bbc");

function byRegex(pattern: RegExp, text: string, from: number) {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m && { index: m.index, text: m[0] };
}

describe("LiteralLedPattern", () => {
  it("finds what the global regex finds from any place, for any mix of the literals and other text", () => {
    for (const [pattern, literals] of CASES) {
      const led = new LiteralLedPattern(pattern, literals);
      fc.assert(
        fc.property(fc.array(token, { maxLength: 24 }), fc.nat(30), (tokens, from) => {
          const text = tokens.join("");
          const m = led.exec(text, Math.min(from, text.length));
          expect(m && { index: m.index, text: m[0] }).toEqual(byRegex(pattern, text, Math.min(from, text.length)));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("keeps the pattern's order of alternatives where two match at one place", () => {
    const led = new LiteralLedPattern(/ab|abc/g, ["ab"]);
    expect(led.exec("xxabc", 0)?.[0]).toBe("ab");
    expect(led.exec("xxabc", 3)).toBeNull();
  });
});
