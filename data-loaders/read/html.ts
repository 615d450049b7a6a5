// Tells a saved HTML page from article text. Articles may quote a tag or two (they are shown
// escaped, never dropped); a page whose text is mostly markup is rejected instead of being mined.

const PAGE_START = /^\s*<(?:!doctype\s+html|html[\s>])/i;
// Opening, closing and self-closing tags, plus comments; attributes bounded to stay linear.
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?\/?>|<!--/g;
const MIN_TAGS_FOR_PAGE = 10;
/** Share of the text taken by tags above which the file is a page rather than an article. */
const PAGE_TAG_SHARE = 0.2;

export const HTML_PAGE_REASON = "HTML page, not article text";

/** The rejection reason when `text` is an HTML page, else null. */
export function detectHtmlPage(text: string): string | null {
  if (!text.includes("<")) return null;
  if (PAGE_START.test(text)) return HTML_PAGE_REASON;
  let count = 0;
  let chars = 0;
  for (const match of text.matchAll(TAG)) {
    count++;
    chars += match[0].length;
  }
  return count >= MIN_TAGS_FOR_PAGE && chars / text.length >= PAGE_TAG_SHARE ? HTML_PAGE_REASON : null;
}

/** How many HTML-like tags the text holds (for a warning: they stay in the text). */
export function countTags(text: string): number {
  if (!text.includes("<")) return 0;
  return text.match(TAG)?.length ?? 0;
}
