import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { markPositions } from "../../data-loaders/util/mark-positions.ts";

describe("markPositions", () => {
  it("gives where any of the marks stands, in text order", () => {
    expect(markPositions("Yes. No!\nWhy? Well…", [".", "!", "?", "\n"])).toEqual([3, 7, 8, 12]);
    expect(markPositions("none here", ["."])).toEqual([]);
  });

  it("agrees with a walk over every character, for any text", () => {
    const marks = [".", "!", "?", "\n"];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", ".", "!", "?", "\n", "…") }), (text) => {
        const walked = [...text].flatMap((c, i) => (marks.includes(c) ? [i] : []));
        expect(markPositions(text, marks)).toEqual(walked);
      }),
    );
  });
});
