import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clausesOf } from "../../data-loaders/events/clauses.ts";

const quotes = (text: string) => (span: { start: number; end: number }) => text.slice(span.start, span.end);

describe("clausesOf(text, sentence)", () => {
  it("breaks at a semicolon, a contrast after a comma, ', and' before a lower-case word, and 'and then'", () => {
    const text =
      "It fired two missiles; Seoul protested, but Tokyo did not, and later it fired a third and then it stopped.";
    expect(clausesOf(text, { start: 0, end: text.length }).map(quotes(text))).toEqual([
      "It fired two missiles",
      "Seoul protested",
      "Tokyo did not",
      "later it fired a third",
      "it stopped.",
    ]);
  });

  it("keeps a list ', and Andariel' and words that only start like a break ('butter', 'andesite') whole", () => {
    const text = "Lazarus, Bluenoroff, and Andariel sold butter, andesite and thenardite.";
    expect(clausesOf(text, { start: 0, end: text.length }).map(quotes(text))).toEqual([text]);
  });

  it("looks only inside the sentence: a break that needs a character past its end is none", () => {
    const text = "They met, and talked; then left.";
    expect(clausesOf(text, { start: 0, end: 21 }).map(quotes(text))).toEqual(["They met", "talked;"]);
  });

  it("splits where the plain definition of a break does, white space before 'and then' included", () => {
    // The definition the splitter implements faster: each match of this pattern is a break.
    const BREAK =
      /;\s|,\s+(?:but|while|whereas|although|though)\s|,\s+and\s+(?=[a-z])|\s+and\s+(?:later|then|subsequently)\s/g;
    const byDefinition = (text: string, span: { start: number; end: number }) => {
      const slice = text.slice(span.start, span.end);
      const parts: string[] = [];
      let from = 0;
      for (const m of slice.matchAll(BREAK)) {
        if (m.index > from) parts.push(slice.slice(from, m.index));
        from = m.index + m[0].length;
      }
      if (from < slice.length) parts.push(slice.slice(from));
      return parts;
    };
    const token = fc.constantFrom(
      ";",
      ",",
      " ",
      "\u00a0",
      "\u2003",
      "\n",
      "(",
      "and",
      "but",
      "though",
      "later",
      "then",
      "x",
      "A",
      "andy",
      " and then ",
      "and later ",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 24 }), fc.nat(4), fc.nat(4), (tokens, cutStart, cutEnd) => {
        const text = tokens.join("");
        const start = Math.min(cutStart, text.length);
        const span = { start, end: Math.max(start, text.length - cutEnd) };
        expect(clausesOf(text, span).map(quotes(text))).toEqual(byDefinition(text, span));
      }),
      { numRuns: 3000 },
    );
  });
});
