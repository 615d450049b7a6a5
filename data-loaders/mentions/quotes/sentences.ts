// Sentence bounds around a quotation, stepping over the quotations themselves (whose full stops end no sentence
// of the narration) and over abbreviations ("U.S.", "Mr.").
import type { QuoteSpan } from "./marks.ts";

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
  return letters <= 4 && ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

function endsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const next = text.charCodeAt(k + 1);
  if (!isBlank(next) && next !== 10) return false;
  return c !== 46 || !isAbbreviation(text, k);
}

/**
 * Start of the sentence holding a position: after the last sentence end or line break before it, skipping
 * quotations. Asked in text order, a scan that reaches the quotation asked before ends where that one's did, so a
 * sentence with several quotations is read back once.
 */
export class SentenceStarts {
  private knownIndex = -1;
  private knownStart = 0;

  constructor(
    private readonly text: string,
    private readonly quotes: readonly QuoteSpan[],
  ) {}

  /** Start of the sentence holding `pos`; `index` is the first quotation that starts at or after `pos`. */
  of(pos: number, index: number): number {
    const { text, quotes } = this;
    let j = index - 1;
    const limit = Math.max(0, pos - MAX_BACK);
    let k = pos - 1;
    let result = limit;
    while (k >= limit) {
      while (j >= 0 && quotes[j].start > k) j--;
      if (j >= 0 && quotes[j].end > k) {
        // From the start of the quotation asked before, the scan goes on as that one's did.
        if (j === this.knownIndex) {
          result = Math.max(this.knownStart, limit);
          break;
        }
        k = quotes[j].start - 1;
        j--;
        continue;
      }
      const c = text.charCodeAt(k);
      if (c === 10 || ((c === 46 || c === 33 || c === 63) && endsSentence(text, k))) {
        result = k + 1;
        break;
      }
      k--;
    }
    if (pos === quotes[index]?.start) {
      this.knownIndex = index;
      this.knownStart = result;
    }
    return result;
  }
}

/** End of the sentence holding `pos` (exclusive), stopping at a line break or at the next quotation. */
export function sentenceEnd(text: string, pos: number, nextQuoteStart: number): number {
  const limit = Math.min(text.length, pos + MAX_AHEAD, nextQuoteStart);
  for (let k = pos; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return k;
    if ((c === 46 || c === 33 || c === 63) && endsSentence(text, k)) return k + 1;
  }
  return limit;
}
