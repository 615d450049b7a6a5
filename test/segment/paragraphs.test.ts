import { describe, expect, it } from "vitest";
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
});
