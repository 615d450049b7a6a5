// Sentence bounds around a quotation, stepping over the quotations themselves (whose full stops end no sentence
// of the narration) and over abbreviations ("U.S.", "Mr.").
import type { QuoteSpan } from "./marks.ts";
import { lowerSlice } from "../../util/lower-case.ts";
import { markPositions } from "../../util/mark-positions.ts";

const ABBREVIATIONS = new Set(
  "mr mrs ms dr gen sen rep lt col st jr sr vs etc no inc corp co ltd jan feb mar apr aug sept sep oct nov dec adm gov prof amb maj capt sgt dept".split(
    " ",
  ),
);
const MAX_BACK = 600;
const MAX_AHEAD = 400;

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13;
}

// A full stop that ends an abbreviation or an initial ("U.S.", "Y.", "Mr.") ends no sentence.
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  let letters = 0;
  let dots = 0;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (c === 46) dots++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
    else break;
    s--;
  }
  if (letters === 0) return false;
  const first = text.charCodeAt(s);
  // "Y." and "U.S.": initials.
  if (first >= 65 && first <= 90 && (letters === 1 || letters === dots + 1)) return true;
  return letters <= 4 && ABBREVIATIONS.has(lowerSlice(text, s, dot));
}

function endsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const next = text.charCodeAt(k + 1);
  if (!isBlank(next) && next !== 10) return false;
  return c !== 46 || !isAbbreviation(text, k);
}

/** The only places a sentence can end: ".", "!", "?" and line breaks. */
const SENTENCE_MARKS = [".", "!", "?", "\n"];

/**
 * Sentence bounds around the quotations of a text, from the positions of its sentence marks (found once, by
 * `indexOf`) rather than by reading every character around each quotation.
 */
export class SentenceBounds {
  private readonly marks: number[];

  constructor(
    private readonly text: string,
    private readonly quotes: readonly QuoteSpan[],
  ) {
    this.marks = markPositions(text, SENTENCE_MARKS);
  }

  /** Index of the first mark at or after `pos`. */
  private firstMarkFrom(pos: number): number {
    const { marks } = this;
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Start of the sentence holding `pos`: after the last sentence end or line break before it, skipping quotations
   * (whose full stops end no sentence of the narration). `index` is the first quotation that starts at or after `pos`.
   */
  startOf(pos: number, index: number): number {
    const { text, quotes, marks } = this;
    const limit = Math.max(0, pos - MAX_BACK);
    let j = index - 1;
    for (let m = this.firstMarkFrom(pos) - 1; m >= 0; m--) {
      const k = marks[m];
      if (k < limit) break;
      while (j >= 0 && quotes[j].start > k) j--;
      if (j >= 0 && quotes[j].end > k) continue;
      if (text.charCodeAt(k) === 10 || endsSentence(text, k)) return k + 1;
    }
    return limit;
  }

  /** Start of the sentence holding `pos`, which may lie anywhere (`startOf` with the quotation index looked up). */
  startAt(pos: number): number {
    const { quotes } = this;
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return this.startOf(pos, lo);
  }

  /** End of the sentence holding `pos` (exclusive), stopping at a line break or at the next quotation. */
  endOf(pos: number, nextQuoteStart: number): number {
    const { text, marks } = this;
    const limit = Math.min(text.length, pos + MAX_AHEAD, nextQuoteStart);
    for (let m = this.firstMarkFrom(pos); m < marks.length; m++) {
      const k = marks[m];
      if (k >= limit) break;
      if (text.charCodeAt(k) === 10) return k;
      if (endsSentence(text, k)) return k + 1;
    }
    return limit;
  }
}
