// Paragraphs are lines: in these files a single newline already separates paragraphs, and blank
// lines are only spacing. Spans are trimmed so indentation and trailing NBSPs stay outside.
import type { Span } from "../types.ts";
import { trimSpan } from "./whitespace.ts";

// \r alone, \r\n and the Unicode line/paragraph separators all end a line.
const LINE_BREAKS = /[\n\r\u2028\u2029]+/g;

/**
 * Splits text into paragraphs: one per non-blank line, trimmed of surrounding whitespace.
 * @example
 * findParagraphs("Title\r\n\r\n    Body text.\u00a0") // [{start: 0, end: 5}, {start: 13, end: 23}]
 */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let lineStart = 0;
  if (onlyLineFeeds(text)) {
    // indexOf finds a character several times faster than a character class does.
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", lineStart)) {
      pushTrimmed(text, lineStart, at, paragraphs);
      lineStart = at + 1;
      while (text.charCodeAt(lineStart) === 10) lineStart++;
    }
  } else {
    LINE_BREAKS.lastIndex = 0; // shared regex: the loop below runs to the end without yielding
    for (let match = LINE_BREAKS.exec(text); match !== null; match = LINE_BREAKS.exec(text)) {
      pushTrimmed(text, lineStart, match.index, paragraphs);
      lineStart = match.index + match[0].length;
    }
  }
  pushTrimmed(text, lineStart, text.length, paragraphs);
  return paragraphs;
}

/** Whether the only line break of `text` is the line feed, as in most files. */
function onlyLineFeeds(text: string): boolean {
  return !text.includes("\r") && !text.includes("\u2028") && !text.includes("\u2029");
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const span = trimSpan(text, start, end);
  if (span.start < span.end) out.push(span);
}
