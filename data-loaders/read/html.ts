// Tells a saved HTML page from article text. Articles may quote a tag or two (they are shown
// escaped, never dropped); a page whose text is mostly markup is rejected instead of being mined.

const PAGE_START = /^\s*<(?:!doctype\s+html|html[\s>])/i;
// Opening, closing and self-closing tags, plus comments; attributes bounded to stay linear.
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?\/?>|<!--/g;
const MIN_TAGS_FOR_PAGE = 10;
/** Share of the text taken by tags above which the file is a page rather than an article. */
const PAGE_TAG_SHARE = 0.2;

export const HTML_PAGE_REASON = "HTML page, not article text";

/** Whether `text` is an HTML page, and how many HTML-like tags it holds (for a warning: they stay in the text). */
export function inspectMarkup(text: string): { page: boolean; tags: number } {
  if (!text.includes("<")) return { page: false, tags: 0 };
  if (PAGE_START.test(text)) return { page: true, tags: 0 };
  let tags = 0;
  let chars = 0;
  for (const match of text.matchAll(TAG)) {
    tags++;
    chars += match[0].length;
  }
  return { page: tags >= MIN_TAGS_FOR_PAGE && chars / text.length >= PAGE_TAG_SHARE, tags };
}
