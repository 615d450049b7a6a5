// Headlines and link lists capitalize every word, so a capitalized pair there is no evidence of a name.

const MIN_WORDS = 4;
const CAPITALIZED_SHARE = 0.7;

/**
 * Whether the line starting at `lineStart` capitalizes most of its longer words (at least `share` of them), as
 * headlines do.
 */
export function isTitleCaseLine(text: string, lineStart: number, share = CAPITALIZED_SHARE): boolean {
  let end = text.indexOf("\n", lineStart);
  if (end < 0) end = text.length;
  const words = text.slice(lineStart, Math.min(end, lineStart + 400)).match(/[A-Za-z][a-z’']{3,}/g);
  if (!words || words.length < MIN_WORDS) return false;
  let capitalized = 0;
  for (const w of words) if (w.charCodeAt(0) <= 90) capitalized++;
  return capitalized / words.length >= share;
}
