// The headline: the first line near the top that reads like one, skipping page furniture.
import type { Span } from "../types.ts";
import { classifyHeaderLine } from "./header-line.ts";

/** Headlines sit above the body; past this many lines there is no headline left to find. */
const MAX_HEADER_PARAGRAPHS = 15;

/**
 * The index of the paragraph that is the document's headline, or -1 when the text starts with its
 * body (or has no headline-like line before it).
 * @example
 * const text = "Breaking news\n\nWhy Is North Korea Condemning US Sanctions on Pyongyang?\nSeoul, Nov 6 …";
 * findTitleParagraph(text, findParagraphs(text)) // 1
 */
export function findTitleParagraph(text: string, paragraphs: Span[]): number {
  const limit = Math.min(paragraphs.length, MAX_HEADER_PARAGRAPHS);
  for (let i = 0; i < limit; i++) {
    const { start, end } = paragraphs[i];
    // Long paragraphs are body text: checking the length first keeps a huge paragraph from being sliced.
    const kind = end - start > 300 ? "body" : classifyHeaderLine(text.slice(start, end));
    if (kind === "headline") return i;
    if (kind === "body") return -1;
  }
  return -1;
}
