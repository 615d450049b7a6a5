// Text → title, dateline, paragraphs and sentences, all as spans of the text as read.
import type { Segments, Span } from "../types.ts";
import { matchDateline } from "./dateline.ts";
import { classifyHeaderLine } from "./header-line.ts";
import { findParagraphs } from "./paragraphs.ts";
import { findSentences } from "./sentences.ts";
import { findTitleParagraph } from "./title.ts";

/** Page furniture between headline and dateline (bullets, captions) rarely runs longer than this. */
const MAX_DATELINE_SEARCH = 15;

/**
 * Segments a document's text. Every span slices the text exactly (`text.slice(start, end)`); CRLF
 * line ends, indentation and non-breaking spaces stay outside paragraph and sentence spans.
 * @example
 * const text = "Why Is North Korea Condemning US Sanctions on Pyongyang?\nSeoul, Nov 6 (NationPress) North Korea said no.";
 * const { title, dateline } = segment(text);
 * text.slice(title.start, title.end) // "Why Is North Korea Condemning US Sanctions on Pyongyang?"
 * text.slice(dateline.start, dateline.end) // "Seoul, Nov 6 (NationPress)"
 */
export function segment(text: string): Segments {
  const paragraphs = findParagraphs(text);
  const titleIndex = findTitleParagraph(text, paragraphs);
  return {
    title: titleIndex === -1 ? null : { ...paragraphs[titleIndex] },
    dateline: findDateline(text, paragraphs, titleIndex + 1),
    paragraphs,
    sentences: findSentences(text, paragraphs),
  };
}

/** The dateline opens the first body paragraph; lines before it (bullets, captions) are skipped. */
function findDateline(text: string, paragraphs: Span[], from: number): Span | null {
  const limit = Math.min(paragraphs.length, from + MAX_DATELINE_SEARCH);
  for (let i = from; i < limit; i++) {
    const { start, end } = paragraphs[i];
    const dateline = matchDateline(text, start, end);
    if (dateline) return dateline;
    if (end - start > 300 || classifyHeaderLine(text.slice(start, end)) === "body") return null;
  }
  return null;
}
