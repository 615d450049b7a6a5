// Looking at the words around a candidate date without building strings or running regexes over the text.
import { NOT_PLURAL, QUANTITY_WORDS } from "./lexicon.ts";
import { lowerCase } from "../../util/lower-case.ts";

export interface Word {
  /** As written (case kept). */
  text: string;
  lower: string;
  start: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

const MAX_WORD = 24;

/**
 * The word just before `at`, across horizontal space or one hyphen ("mid-2022"); null when punctuation,
 * a line break or a digit comes first, so a lead word never reaches into the previous sentence.
 */
export function wordBefore(text: string, at: number): Word | null {
  let i = at;
  if (i > 0 && text.charCodeAt(i - 1) === 0x2d) i -= 1;
  else while (i > 0 && isSpace(text.charCodeAt(i - 1))) i -= 1;
  const end = i;
  while (i > 0 && end - i < MAX_WORD && isLetter(text.charCodeAt(i - 1))) i -= 1;
  if (i === end || (i > 0 && isLetter(text.charCodeAt(i - 1)))) return null;
  const word = text.slice(i, end);
  return { text: word, lower: lowerCase(word), start: i };
}

/** The lower-case word starting after horizontal space at `at`, or null when something else comes first. */
export function lowerWordAfter(text: string, at: number): string | null {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  const start = i;
  while (i < text.length && i - start < MAX_WORD && isLower(text.charCodeAt(i))) i += 1;
  if (i === start || (i < text.length && isLetter(text.charCodeAt(i)))) return null;
  return text.slice(start, i);
}

/** Whether a number ending at `at` counts something: "23 ballistic missiles", "2000 troops", "15 million". */
export function countsSomething(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x25 /* % */) return true;
  const word = lowerWordAfter(text, at);
  if (word === null) return false;
  if (QUANTITY_WORDS.has(word)) return true;
  return word.length >= 4 && word.endsWith("s") && !word.endsWith("ss") && !NOT_PLURAL.has(word);
}

export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
}

const MAX_QUOTE_LOOKBACK = 2000;

/** Whether `at` lies inside a quotation opened earlier on the same line. */
export function insideQuotation(text: string, at: number): boolean {
  let curly = 0;
  let straight = 0;
  const stop = Math.max(0, at - MAX_QUOTE_LOOKBACK);
  for (let i = at - 1; i >= stop; i -= 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) break;
    if (c === 0x201c) curly += 1;
    else if (c === 0x201d) curly -= 1;
    else if (c === 0x22) straight += 1;
  }
  return curly > 0 || straight % 2 === 1;
}

/** Whether only a few spaces or commas separate `from` and `to`: two dates joined by "and", "or", "to". */
export function closeBehind(text: string, from: number, to: number): boolean {
  if (from < 0 || to < from || to - from > 3) return false;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 0x2c) return false;
  }
  return true;
}
