import type { Segments } from "../types.ts";

/** The title line as plain text, whitespace collapsed. */
export function titleText(text: string, segments: Segments): string | null {
  const title = segments.title;
  return title ? text.slice(title.start, title.end).replace(/\s+/g, " ").trim() : null;
}
