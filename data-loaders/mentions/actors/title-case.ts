// Headlines and link lists capitalize every word, so a capitalized pair there is no evidence of a name.

const MIN_WORDS = 4;
/** Lines that capitalize this share of their longer words read as title case. */
export const TITLE_CASE_SHARE = 0.7;

/**
 * The share of the longer words that the line starting at `lineStart` capitalizes: 1 in a headline that capitalizes
 * every word; 0 for a line too short to tell.
 */
export function capitalizedShare(text: string, lineStart: number): number {
  let end = text.indexOf("\n", lineStart);
  if (end < 0) end = text.length;
  const words = text.slice(lineStart, Math.min(end, lineStart + 400)).match(/[A-Za-z][a-z’']{3,}/g);
  if (!words || words.length < MIN_WORDS) return 0;
  let capitalized = 0;
  for (const w of words) if (w.charCodeAt(0) <= 90) capitalized++;
  return capitalized / words.length;
}
