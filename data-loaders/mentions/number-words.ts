// Numbers as news text writes them: numerals ("1,200", "412.3"), words ("twenty-one", "a hundred",
// "half a million"), either followed by scale words ("412.3 billion", "two billion").
import { lowerSlice } from "../util/lower-case.ts";

/** One number expression found in a text. */
export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** Written with digits rather than words. */
  numeral: boolean;
  /** Power of ten contributed by scale words ("billion" → 9), 0 when there is none. */
  scaleExp: number;
  /** Digits grouped with thousands separators ("12,000"). */
  grouped: boolean;
  /** Digits with a decimal part ("412.3"). */
  decimal: boolean;
  /** A scale word with no count before it ("thousand years"): vague, not a quantity on its own. */
  bare: boolean;
  /** Digits glued to more digits by "." ":" "/" ("2022.8.11", "07:05"): a date, time or code. */
  joined: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words as powers of ten. */
export const SCALE_EXPONENTS: Record<string, number> = {
  thousand: 3,
  lakh: 5,
  million: 6,
  crore: 7,
  billion: 9,
  trillion: 12,
};

/** Words that can start a spelled-out number (the gate regex in number-scan.ts is built from them). */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  "hundred",
  ...Object.keys(SCALE_EXPONENTS),
  "dozen",
  "half",
];

/**
 * Exact `value × 10^exp` without binary rounding noise.
 * @example scaleValue(412.3, 9) // → 412300000000
 */
export function scaleValue(value: number, exp: number): number {
  return exp === 0 ? value : Number(`${value}e${exp}`);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The ASCII word after `pos`, skipping spaces and tabs (not newlines); lower-cased. */
function wordAt(text: string, pos: number, allowHyphen = false): Word | null {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || (allowHyphen && c === 45 && i === pos)) i++;
    else break;
  }
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  if (j === i || (j < text.length && isDigit(text.charCodeAt(j)))) return null;
  return { text: lowerSlice(text, i, j), start: i, end: j };
}

/** Scale words after a numeral: "412.3 billion", "5 hundred thousand". */
function scaleWordsAfter(text: string, pos: number): { exp: number; end: number } {
  let exp = 0;
  let end = pos;
  let lastExp = 0;
  for (;;) {
    // Cheap test first: scale words start with h, t, m, b, l or c after a space (or a hyphen: "$3.5-billion").
    const gap = text.charCodeAt(end);
    const first = text.charCodeAt(end + 1) | 0x20;
    if (gap !== 32 && !(gap === 45 && exp === 0)) break;
    if (first !== 104 && first !== 116 && first !== 109 && first !== 98 && first !== 108 && first !== 99) break;
    const w = wordAt(text, gap === 45 ? end + 1 : end);
    if (!w || w.start === end) break;
    const e = w.text === "hundred" ? 2 : SCALE_EXPONENTS[w.text];
    if (e === undefined || e <= lastExp) break;
    exp += e;
    lastExp = e;
    end = w.end;
  }
  return { exp, end };
}

function digitsEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Digits with optional thousands separators and decimals, read by hand: this runs for every numeral. */
function matchNumeralAt(text: string, pos: number): NumberMatch {
  let end = digitsEnd(text, pos);
  let grouped = false;
  if (end - pos <= 3) {
    // "12,000": groups of exactly three digits after a comma.
    while (text.charCodeAt(end) === 44 && digitsEnd(text, end + 1) === end + 4) {
      end += 4;
      grouped = true;
    }
  }
  let decimal = false;
  if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
    end = digitsEnd(text, end + 1);
    decimal = true;
  }
  // "2022.8.11", "07:05", "24/7": more digits glued on make a date, time or code.
  let joined = false;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c === 46 || c === 58 || c === 47) && isDigit(text.charCodeAt(end + 1))) {
      end = digitsEnd(text, end + 1);
      joined = true;
    } else break;
  }
  const match: NumberMatch = {
    start: pos,
    end,
    value: NaN,
    numeral: true,
    scaleExp: 0,
    grouped,
    decimal,
    bare: false,
    joined,
  };
  if (joined) return match;
  const digits = text.slice(pos, end);
  const value = Number(grouped ? digits.replace(/,/g, "") : digits);
  const scale = scaleWordsAfter(text, end);
  match.value = scaleValue(value, scale.exp);
  // Hundreds of digits are a code or garbage, not a quantity.
  if (!Number.isFinite(match.value)) {
    match.joined = true;
    return match;
  }
  if (scale.exp > 0) {
    match.end = scale.end;
    match.scaleExp = scale.exp;
  }
  return match;
}

type Last = "none" | "article" | "unit" | "tens" | "hundred" | "scale" | "dozen";

/** A spelled-out number starting exactly at `pos` ("a hundred", "twenty-one", "half a million", "two billion"). */
function matchWordsAt(text: string, pos: number): NumberMatch | null {
  const first = wordAt(text, pos);
  if (!first || first.start !== pos) return null;
  let total = 0;
  let group = 0;
  let last: Last = "none";
  let lastScale = Infinity;
  let scaleExp = 0;
  let end = pos;
  let bare = false;
  let cursor = pos;
  // "a"/"an" and "half a" only count when a scale follows.
  if (first.text === "a" || first.text === "an" || first.text === "half") {
    let w = wordAt(text, first.end);
    let fraction = 1;
    if (first.text === "half") {
      if (!w || (w.text !== "a" && w.text !== "an")) return null;
      fraction = 0.5;
      w = wordAt(text, w.end);
    }
    if (!w || !(w.text === "hundred" || w.text === "dozen" || SCALE_EXPONENTS[w.text] !== undefined)) return null;
    group = fraction;
    last = "article";
    cursor = w.start;
  }
  for (;;) {
    const w = wordAt(text, cursor, last === "tens");
    if (!w) break;
    const hyphenated = text.charCodeAt(cursor) === 45;
    if (hyphenated && (last !== "tens" || !(UNITS[w.text] >= 1 && UNITS[w.text] <= 9))) break;
    const unit = UNITS[w.text];
    const tens = TENS[w.text];
    const scale = SCALE_EXPONENTS[w.text];
    if (unit !== undefined) {
      if (last === "unit" || (last === "tens" && (unit === 0 || unit >= 10)) || last === "article" || last === "dozen")
        break;
      group += unit;
      last = "unit";
    } else if (tens !== undefined) {
      if (last === "unit" || last === "tens" || last === "article" || last === "dozen") break;
      group += tens;
      last = "tens";
    } else if (w.text === "hundred") {
      if (last === "hundred" || last === "dozen" || group >= 100) break;
      if (last === "none") bare = true;
      group = (group || 1) * 100;
      last = "hundred";
    } else if (scale !== undefined) {
      if (10 ** scale >= lastScale || last === "dozen") break;
      if (last === "none") bare = true;
      total += scaleValue(group || 1, scale);
      scaleExp = Math.max(scaleExp, scale);
      group = 0;
      lastScale = 10 ** scale;
      last = "scale";
    } else if (w.text === "dozen") {
      if (last === "scale" || last === "hundred" || last === "dozen") break;
      if (last === "none") bare = true;
      group = (group || 1) * 12;
      last = "dozen";
    } else if (w.text === "and") {
      // "one hundred and five", "two and a half million"
      const next = wordAt(text, w.end);
      if (!next) break;
      if ((last === "hundred" || last === "scale") && (UNITS[next.text] > 0 || TENS[next.text] !== undefined)) {
        cursor = w.end;
        continue;
      }
      if ((last === "unit" || last === "tens") && next.text === "a") {
        const half = wordAt(text, next.end);
        const after = half && wordAt(text, half.end);
        if (half?.text === "half" && after && SCALE_EXPONENTS[after.text] !== undefined) {
          group += 0.5;
          cursor = half.end;
          end = half.end;
          continue;
        }
      }
      break;
    } else break;
    end = w.end;
    cursor = w.end;
  }
  if (last === "none" || last === "article") return null;
  return {
    start: pos,
    end,
    value: total + group,
    numeral: false,
    scaleExp,
    grouped: false,
    decimal: false,
    bare,
    joined: false,
  };
}

/**
 * Reads the number expression that starts exactly at `pos`, or null when none starts there.
 * @example matchNumberAt("about 412.3 billion won", 6) // → {start: 6, end: 19, value: 412300000000, …}
 */
export function matchNumberAt(text: string, pos: number): NumberMatch | null {
  if (pos < 0 || pos >= text.length) return null;
  return isDigit(text.charCodeAt(pos)) ? matchNumeralAt(text, pos) : matchWordsAt(text, pos);
}

const ABBREVIATED_SCALE =
  /(?:(bn|Bn|BN|bln|tn|trn|mn|mln|MM|[kKmMbB])|[ \t](bn|bln|tn|trn|mn|mln|mil)\.?)(?![A-Za-z0-9])/y;
const ABBREVIATION_EXPONENTS: Record<string, number> = {
  k: 3,
  m: 6,
  mm: 6,
  mn: 6,
  mln: 6,
  mil: 6,
  b: 9,
  bn: 9,
  bln: 9,
  tn: 12,
  trn: 12,
};

/**
 * A scale abbreviation right after a numeral ("$2.7bn", "$250M", "$2.7 bln"), as a power of ten.
 * Money only: in running text "250m" can be metres.
 * @example abbreviatedScaleAt("$2.7bn", 4) // → {exp: 9, end: 6}
 */
export function abbreviatedScaleAt(text: string, pos: number): { exp: number; end: number } | null {
  // Cheap test first: an abbreviation starts with k, m, b or t, glued or after one space.
  const c = text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9 ? text.charCodeAt(pos + 1) : text.charCodeAt(pos);
  const lower = c | 0x20;
  if (lower !== 107 && lower !== 109 && lower !== 98 && lower !== 116) return null;
  ABBREVIATED_SCALE.lastIndex = pos;
  const m = ABBREVIATED_SCALE.exec(text);
  if (!m) return null;
  const exp = ABBREVIATION_EXPONENTS[(m[1] ?? m[2]).toLowerCase()];
  return exp === undefined ? null : { exp, end: pos + m[0].length };
}

/**
 * The value of a number written in digits and/or words, or null when the string is not one number.
 * Accepts scale words and, the whole string being a number, scale abbreviations ("2.7bn").
 * @example parseNumber("412.3 billion") // → 412300000000
 */
export function parseNumber(words: string): number | null {
  const text = words.trim();
  const m = matchNumberAt(text, 0);
  if (!m || m.joined) return null;
  if (m.end === text.length) return m.value;
  if (m.numeral && m.scaleExp === 0) {
    const abbreviation = abbreviatedScaleAt(text, m.end);
    if (abbreviation && abbreviation.end === text.length) return scaleValue(m.value, abbreviation.exp);
  }
  return null;
}
