import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { segment } from "../../data-loaders/segment/segment.ts";
import type { Segments } from "../../data-loaders/types.ts";

// Characters that exercise every rule: end punctuation, quotes, abbreviations, digits, capitals,
// all kinds of line breaks and spaces, parentheses for datelines, and a lone surrogate.
// prettier-ignore
const PIECES = [
  ..."aAbKzZ09.?!…,;:()[]\"'“”‘’-—$".split(""),
  " ", " ", " ", "\u00a0", "\t", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u3000", "\ufeff", "\ud800",
  "U.S.", "Mr.", "Gen.", "Dec.", "e.g.", "Y.", "...", "2.7", "SEOUL", "Seoul, Nov 6 (Yonhap)", "TEHRAN (x)-",
  "Breaking news", "07:05 GMT27 October 2020", "North Korea fires missiles at sea",
];
const articleText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((pieces) => pieces.join(""));

function checkInvariants(text: string, { title, dateline, paragraphs, sentences }: Segments): void {
  const isSpace = (c: string) => /\s/.test(c);
  for (const [i, p] of paragraphs.entries()) {
    expect(p.start).toBeLessThan(p.end);
    if (i > 0) expect(p.start).toBeGreaterThan(paragraphs[i - 1].end);
    expect(isSpace(text[p.start]) || isSpace(text[p.end - 1])).toBe(false);
  }
  // Every non-whitespace character of the text is in a paragraph.
  let covered = 0;
  for (const p of paragraphs) covered += text.slice(p.start, p.end).replace(/\s/g, "").length;
  expect(covered).toBe(text.replace(/\s/g, "").length);

  let previousEnd = -1;
  for (const [i, s] of sentences.entries()) {
    expect(s.index).toBe(i);
    const p = paragraphs[s.paragraph];
    expect(s.start >= p.start && s.end <= p.end && s.start < s.end).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(isSpace(text[s.start]) || isSpace(text[s.end - 1])).toBe(false);
    previousEnd = s.end;
  }
  // Sentences of a paragraph cover all of its non-whitespace characters.
  const byParagraph = paragraphs.map((): typeof sentences => []);
  for (const s of sentences) byParagraph[s.paragraph].push(s);
  for (const [pi, p] of paragraphs.entries()) {
    const own = byParagraph[pi];
    expect(own.length).toBeGreaterThan(0);
    expect(own[0].start).toBe(p.start);
    expect(own[own.length - 1].end).toBe(p.end);
    for (let k = 1; k < own.length; k++) expect(/^\s+$/.test(text.slice(own[k - 1].end, own[k].start))).toBe(true);
  }
  if (title) expect(paragraphs).toContainEqual(title);
  if (dateline) {
    const p = paragraphs.find((q) => q.start === dateline.start);
    expect(p && dateline.end <= p.end && dateline.start < dateline.end).toBe(true);
  }
}

describe("segment properties", () => {
  it("segment(text) never throws and its spans are ordered, non-overlapping and cover every paragraph", () => {
    fc.assert(
      fc.property(articleText, (text) => checkInvariants(text, segment(text))),
      { seed: 42, numRuns: 3000 },
    );
  });

  it("segment(text) never throws on arbitrary strings, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => checkInvariants(text, segment(text))),
      { seed: 42, numRuns: 2000 },
    );
  });

  it("segment(text) returns empty segments for empty or blank text", () => {
    const empty = { title: null, dateline: null, paragraphs: [], sentences: [] };
    expect(segment("")).toEqual(empty);
    expect(segment(" \r\n\u00a0\n")).toEqual(empty);
  });

  it("segment(text) stays linear on adversarial input (no regex backtracking blow-up)", () => {
    const inputs = [
      ".".repeat(200_000),
      "A. ".repeat(100_000),
      "(".repeat(100_000),
      "Seoul, ".repeat(50_000),
      "<a ".repeat(50_000),
      `${"x".repeat(100_000)}\n`.repeat(3),
    ];
    for (const text of inputs) {
      const started = performance.now();
      checkInvariants(text, segment(text));
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
