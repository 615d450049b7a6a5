import type { Segments, Span } from "../types.ts";

// A paragraph this long reads as body text; the lines before it are the page's header, captions and bylines.
const BODY_PARAGRAPH_CHARS = 200;

/** The stretch before the first body paragraph, plus the dateline that opens the body. */
export function headerZone(segments: Segments): Span {
  const body = segments.paragraphs.find((p) => p.end - p.start >= BODY_PARAGRAPH_CHARS);
  const end = body ? body.start : (segments.paragraphs.at(-1)?.end ?? 0);
  const dateline = segments.dateline;
  return { start: 0, end: dateline && dateline.start >= end ? dateline.end : end };
}
