import { describe, expect, it } from "vitest";
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
});
