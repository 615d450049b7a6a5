// Sentences inside paragraphs. One regex pass over the whole text finds candidate boundaries
// (end punctuation, closing quotes, spaces, then a capital or an opening quote); a cheap look at the
// word before each period rules out abbreviations. Boundaries never cross a line, so never a paragraph.
import type { Sentence, Span } from "../types.ts";
import { isAbbreviationAt } from "./abbreviations.ts";

// [^\S\r\n\u2028\u2029] is whitespace that does not break the line (space, tab, NBSP, …). The lookbehind
// starts a match only at the first mark of a run, so a long run of dots cannot make the search quadratic.
const BOUNDARY = /(?<![.?!…])([.?!…]+["'”’)\]]*)[^\S\r\n\u2028\u2029]+(?=["'“‘([]*[A-Z\u00c0-\u00d6\u00d8-\u00de])/g;

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
  BOUNDARY.lastIndex = 0; // shared regex: the loop below runs to the end without yielding
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    const punctuation = match[1];
    const at = match.index;
    // A bare period may close "U.S." or "Gen."; "...", "?", "!", "…" and a period with a closing quote end a sentence.
    if (punctuation === "." && isAbbreviationAt(text, at)) continue;
    closeParagraphsBefore(at);
    if (p >= paragraphs.length) break;
    sentences.push({ index: sentences.length, paragraph: p, start, end: at + punctuation.length });
    start = at + match[0].length;
  }
  closeParagraphsBefore(Infinity);
  return sentences;
}
