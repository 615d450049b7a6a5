// Sentences inside paragraphs. One pass over the whole text finds candidate boundaries (end punctuation,
// closing quotes, spaces, then a capital or an opening quote; see boundaries.ts); a cheap look at the
// word before each period rules out abbreviations. Boundaries never cross a line, so never a paragraph.
import type { Sentence, Span } from "../types.ts";
import { isAbbreviationAt } from "./abbreviations.ts";
import { findBoundaries } from "./boundaries.ts";

/**
 * Splits each paragraph into sentences. Sentences are ordered, never cross a paragraph, and between
 * them cover every non-whitespace character of every paragraph.
 * @example
 * const text = "Gen. Kim left. He said “No.” Then";
 * findSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end))
 * // ["Gen. Kim left.", "He said “No.”", "Then"]
 */
export function findSentences(text: string, paragraphs: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  if (paragraphs.length === 0) return sentences;
  let p = 0;
  let start = paragraphs[0].start;
  const closeParagraphsBefore = (position: number) => {
    while (p < paragraphs.length && paragraphs[p].end <= position) {
      sentences.push({ index: sentences.length, paragraph: p, start, end: paragraphs[p].end });
      p++;
      if (p < paragraphs.length) start = paragraphs[p].start;
    }
  };
  for (const { at, marks, next } of findBoundaries(text)) {
    // A bare period may close "U.S." or "Gen."; "...", "?", "!", "…" and a period with a closing quote end a sentence.
    if (marks === 1 && text.charCodeAt(at) === 46 && isAbbreviationAt(text, at)) continue;
    closeParagraphsBefore(at);
    if (p >= paragraphs.length) break;
    sentences.push({ index: sentences.length, paragraph: p, start, end: at + marks });
    start = next;
  }
  closeParagraphsBefore(Infinity);
  return sentences;
}
