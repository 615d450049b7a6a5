// Pairing quotation marks. Straight and curly double quotes pair by position and by which side has a word (a mark
// with a word after it opens, one with a word before it closes), whatever the glyph, since outlets mix them
// ("don’t bother”). Curly or straight single quotes are quotation marks only outside double quotes and never
// between two letters (Korea’s, won’t). Repairs: a closing ” after an opening ‘ pairs with it; a closing mark
// with no opener continues the quote that just ended in the same paragraph (“… the United States.” We have to
// respond together,”).
import { isNameChar } from "../../gazetteer/normalize.ts";

export interface QuoteSpan {
  /** First character of the span, the opening mark when there is one. */
  start: number;
  /** After the closing mark. */
  end: number;
  innerStart: number;
  innerEnd: number;
}

const MARKS = /["“”„«»‘’'\n]/g;
const DOUBLE = new Set(['"', "“", "”", "„", "«", "»"]);
const OPENS = new Set(["“", "„", "«"]);
const CLOSES = new Set(["”", "»"]);
// A single-quoted passage longer than this is more likely an apostrophe meeting a stray mark.
const MAX_SINGLE = 300;
const MAX_CONTINUATION = 300;

function isBlank(code: number): boolean {
  return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

// Characters after which a mark may open: "(“", "—‘".
function opensAfter(code: number): boolean {
  return isBlank(code) || "([{—–-/:\"“‘'".includes(String.fromCharCode(code));
}

// Characters before which a mark may close: "”.", "’,".
function closesBefore(code: number): boolean {
  return isBlank(code) || ".,;:!?)]}—–-/’”\"'…".includes(String.fromCharCode(code));
}

function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isNameChar(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Every quotation in a text as non-overlapping spans, outermost quotes only.
 * @example
 * findQuoteSpans('He said "no," she said ‘yes’.').length // 2
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let doubleOpen = -1;
  let singleOpen = -1;
  let lastEnd = 0;
  let paragraphStart = 0;

  const emit = (start: number, end: number, innerStart: number, innerEnd: number): void => {
    if (start < lastEnd || innerEnd <= innerStart || !hasWord(text, innerStart, innerEnd)) return;
    spans.push({ start, end, innerStart, innerEnd });
    lastEnd = end;
  };

  const re = MARKS;
  re.lastIndex = 0;
  // test() moves lastIndex past the one-character match without building a match array.
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const ch = text[i];
    if (ch === "\n") {
      // A quote left open at a paragraph's end continues when the next paragraph opens with a quotation mark.
      if (doubleOpen >= 0) {
        let k = i;
        while (k < text.length && isBlank(text.charCodeAt(k))) k++;
        if (DOUBLE.has(text[k])) {
          let e = i;
          while (e > doubleOpen && isBlank(text.charCodeAt(e - 1))) e--;
          emit(doubleOpen, e, doubleOpen + 1, e);
        }
      }
      doubleOpen = -1;
      singleOpen = -1;
      paragraphStart = i + 1;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : NaN;
    const next = text.charCodeAt(i + 1);
    const left = !isBlank(next) && (i === 0 || opensAfter(prev));
    const right = i > 0 && !isBlank(prev) && closesBefore(next);
    if (DOUBLE.has(ch)) {
      let opening: boolean;
      if (left && !right) opening = true;
      else if (right && !left) opening = false;
      else if (OPENS.has(ch)) opening = true;
      else if (CLOSES.has(ch)) opening = false;
      else opening = doubleOpen < 0;
      if (opening) {
        doubleOpen = i;
        singleOpen = -1;
      } else if (doubleOpen >= 0) {
        emit(doubleOpen, i + 1, doubleOpen + 1, i);
        doubleOpen = -1;
        singleOpen = -1;
      } else if (singleOpen >= 0) {
        emit(singleOpen, i + 1, singleOpen + 1, i);
        singleOpen = -1;
      } else if (lastEnd > paragraphStart && lastEnd < i) {
        let s = lastEnd;
        while (s < i && isBlank(text.charCodeAt(s))) s++;
        const c = text.charCodeAt(s);
        if (i - s <= MAX_CONTINUATION && ((c >= 65 && c <= 90) || c === 91)) emit(s, i + 1, s, i);
      }
      continue;
    }
    // Single quotes: none inside a double-quoted passage, none between two letters.
    if (doubleOpen >= 0) continue;
    if (isNameChar(prev) && isNameChar(next)) continue;
    const opening = ch !== "’" && !isNameChar(prev) && left && /[A-Za-z\u00C0-\u024F[(]/.test(text[i + 1] ?? "");
    if (opening) {
      singleOpen = i;
    } else if (right && singleOpen >= 0 && i - singleOpen <= MAX_SINGLE) {
      emit(singleOpen, i + 1, singleOpen + 1, i);
      singleOpen = -1;
    }
  }
  return spans;
}
