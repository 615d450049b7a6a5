import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lowerCase, lowerSlice } from "../../data-loaders/util/lower-case.ts";

describe("lowerCase", () => {
  it("lowers ASCII capitals and letters past ASCII, and leaves lower-case words as they are", () => {
    expect(lowerCase("ICBMs")).toBe("icbms");
    expect(lowerCase("Élysée")).toBe("élysée");
    expect(lowerCase("ΣΑΣ")).toBe("σας");
    expect(lowerCase("missiles")).toBe("missiles");
    expect(lowerCase("")).toBe("");
  });

  it("agrees with toLowerCase on any string, two-byte slices included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(lowerCase(s)).toBe(s.toLowerCase());
        expect(lowerCase(`“${s}`).slice(1)).toBe(s.toLowerCase());
      }),
    );
  });
});

describe("lowerSlice", () => {
  it("is the lower-cased slice, for any bounds", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), fc.string(), fc.nat(), fc.nat(), (a, b, i, j) => {
        const text = a + "’" + b;
        const start = i % (text.length + 1);
        const end = start + (j % (text.length - start + 1));
        expect(lowerSlice(text, start, end)).toBe(text.slice(start, end).toLowerCase());
      }),
    );
  });
});
