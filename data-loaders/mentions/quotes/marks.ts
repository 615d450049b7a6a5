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
// A single-quoted passage longer than this is more likely an apostrophe meeting a stray mark.
const MAX_SINGLE = 300;
const MAX_CONTINUATION = 300;

/** Double quotation marks: " “ ” „ « ». */
function isDouble(code: number): boolean {
  return code === 34 || code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb;
}

/** Marks that only open (“ „ «) or only close (” »). */
function onlyOpens(code: number): boolean {
  return code === 0x201c || code === 0x201e || code === 0xab;
}

function onlyCloses(code: number): boolean {
  return code === 0x201d || code === 0xbb;
}

function isBlank(code: number): boolean {
  return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

// Characters after which a mark may open: "(“", "—‘" — one of ( [ { — – - / : " “ ‘ '.
function opensAfter(code: number): boolean {
  if (isBlank(code)) return true;
  if (code < 128)
    return (
      code === 40 ||
      code === 91 ||
      code === 123 ||
      code === 45 ||
      code === 47 ||
      code === 58 ||
      code === 34 ||
      code === 39
    );
  return code === 0x2014 || code === 0x2013 || code === 0x201c || code === 0x2018;
}

// Characters before which a mark may close: "”.", "’," — one of . , ; : ! ? ) ] } — – - / ’ ” " ' ….
function closesBefore(code: number): boolean {
  if (isBlank(code)) return true;
  if (code < 128)
    return (
      code === 46 ||
      code === 44 ||
      code === 59 ||
      code === 58 ||
      code === 33 ||
      code === 63 ||
      code === 41 ||
      code === 93 ||
      code === 125 ||
      code === 45 ||
      code === 47 ||
      code === 34 ||
      code === 39
    );
  return code === 0x2014 || code === 0x2013 || code === 0x2019 || code === 0x201d || code === 0x2026;
}

// What may follow an opening single quote: a letter (Latin, with accents), "[" or "(".
function opensSingleBefore(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f) ||
    code === 91 ||
    code === 40
  );
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
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      // A quote left open at a paragraph's end continues when the next paragraph opens with a quotation mark.
      if (doubleOpen >= 0) {
        let k = i;
        while (k < text.length && isBlank(text.charCodeAt(k))) k++;
        if (isDouble(text.charCodeAt(k))) {
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
    if (isDouble(ch)) {
      let opening: boolean;
      if (left && !right) opening = true;
      else if (right && !left) opening = false;
      else if (onlyOpens(ch)) opening = true;
      else if (onlyCloses(ch)) opening = false;
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
    const opening = ch !== 0x2019 && !isNameChar(prev) && left && opensSingleBefore(next);
    if (opening) {
      singleOpen = i;
    } else if (right && singleOpen >= 0 && i - singleOpen <= MAX_SINGLE) {
      emit(singleOpen, i + 1, singleOpen + 1, i);
      singleOpen = -1;
    }
  }
  return spans;
}
