import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findParagraphs } from "../../data-loaders/segment/paragraphs.ts";

const texts = (text: string) => findParagraphs(text).map((p) => text.slice(p.start, p.end));

describe("findParagraphs", () => {
  it("findParagraphs(text) makes every non-blank line a paragraph", () => {
    expect(texts("Title\nFirst line.\n\n\nSecond line.")).toEqual(["Title", "First line.", "Second line."]);
  });

  it("findParagraphs(text) trims indentation, trailing NBSPs and CR from the spans", () => {
    const text = "    Indented line.\u00a0\r\n\r\n\tTabbed.\r\n   \r\n";
    expect(findParagraphs(text)).toEqual([
      { start: 4, end: 18 },
      { start: 24, end: 31 },
    ]);
    expect(texts(text)).toEqual(["Indented line.", "Tabbed."]);
  });

  it("findParagraphs(text) treats a lone CR and U+2029 as line breaks", () => {
    expect(texts("One\rTwo\u2029Three")).toEqual(["One", "Two", "Three"]);
  });

  it("findParagraphs(text) returns nothing for empty or blank text", () => {
    expect(findParagraphs("")).toEqual([]);
    expect(findParagraphs(" \n\u00a0\r\n\t")).toEqual([]);
  });

  it("findParagraphs(text) gives each line between breaks, trimmed, whichever breaks the text uses", () => {
    // The definition: lines between runs of line breaks, with white space trimmed, blank lines left out.
    const byDefinition = (text: string) =>
      text
        .split(/[\n\r\u2028\u2029]+/)
        .map((line) => line.trim())
        .filter(Boolean);
    const part = fc.constantFrom("\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", " ", "\u00a0", "\t", "Word.", "x");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 25 }), (parts) => {
        const text = parts.join("");
        expect(texts(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 1000 },
    );
  });
});
