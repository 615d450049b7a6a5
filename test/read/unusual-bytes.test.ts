import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hasUnusualBytes } from "../../data-loaders/read/unusual-bytes.ts";

// eslint-disable-next-line no-control-regex -- the definition: control characters but \t \n \v \f, DEL, and CR
const UNUSUAL = /[\x00-\x08\x0e-\x1f\x7f\r]/;

// Mostly text, with now and then a control character, DEL, a line break or a non-Latin character.
const text = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 9 }),
      fc.constantFrom("\n", "\t", "\v", "\f", "\r", "\u0000", "\u0007", "\u001f", "\u007f", "’", "€", "한", "\u0080"),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("hasUnusualBytes", () => {
  it("agrees with the regex over the decoded text, wherever the bytes start in their buffer", () => {
    fc.assert(
      fc.property(text, fc.nat({ max: 7 }), (input, shift) => {
        const encoded = new TextEncoder().encode(input);
        // The same bytes at every alignment the four-byte reads meet.
        const buffer = new Uint8Array(encoded.length + shift);
        buffer.set(encoded, shift);
        expect(hasUnusualBytes(buffer.subarray(shift))).toBe(UNUSUAL.test(input));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds a carriage return or DEL in each of the four places of a word, and passes \\t \\n \\v \\f", () => {
    for (const odd of ["\r", "\u007f", "\u0001"]) {
      for (let at = 0; at < 8; at++) {
        const bytes = new TextEncoder().encode("abcdefgh".slice(0, at) + odd + "abcdefgh".slice(at));
        expect(hasUnusualBytes(bytes), `${JSON.stringify(odd)} at ${at}`).toBe(true);
      }
    }
    expect(hasUnusualBytes(new TextEncoder().encode("line\none\ttab\vvertical\fform feed ‘quoted’ 한국"))).toBe(false);
  });
});
