import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findBoundaries } from "../../data-loaders/segment/boundaries.ts";

// The definition the scan stands for.
const BOUNDARY = /(?<![.?!…])([.?!…]+["'”’)\]]*)[^\S\r\n\u2028\u2029]+(?=["'“‘([]*[A-Z\u00c0-\u00d6\u00d8-\u00de])/g;

function byRegex(text: string) {
  return [...text.matchAll(BOUNDARY)].map((m) => ({ at: m.index, marks: m[1].length, next: m.index + m[0].length }));
}

const part = fc.constantFrom(
  ".",
  "?",
  "!",
  "…",
  "...",
  '"',
  "'",
  "”",
  "’",
  ")",
  "]",
  "“",
  "‘",
  "(",
  "[",
  " ",
  "  ",
  "\t",
  "\u00a0",
  "\u2009",
  "\n",
  "\r",
  "\u2028",
  "A",
  "Z",
  "É",
  "Þ",
  "×",
  "a",
  "é",
  "U.S",
  "Gen",
  "7",
);

describe("findBoundaries", () => {
  it("finds what the boundary regex finds, for any mix of marks, quotes, spaces and letters", () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(findBoundaries(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps closing quotes with the marks and starts the next sentence at its opening quote", () => {
    const text = "He said “No.” “Yes?!” she asked. (Then) it ended… Here.";
    const found = findBoundaries(text).map((b) => [text.slice(b.at, b.at + b.marks), text.slice(b.next, b.next + 2)]);
    // "?!” she" is no boundary: a lower-case word follows.
    expect(found).toEqual([
      [".”", "“Y"],
      [".", "(T"],
      ["…", "He"],
    ]);
  });
});
