// Small readers over raw text used by the title and appositive rules: the word before a position, the word at one.
import { isNameChar, isSpace } from "../../gazetteer/normalize.ts";

/** A word of the text by its offsets; its string is built only when asked for. */
export class Token {
  private cached: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return (this.cached ??= this.source.slice(this.start, this.end));
  }
}

const HONORIFIC_OR_INITIALS =
  /^(?:(?:[A-Z]\.){1,3}[A-Z]?|Mr|Ms|Mrs|Dr|Gen|Adm|Col|Lt|Sen|Rep|Gov|Prof|Amb|Maj|Capt|Sgt|Pres|St|Jr|Sr)\.?$/;

function isInnerMark(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46;
}

/**
 * The word that ends just before `pos` when only one space separates them: "Minister" before "Han". Dots stay only
 * on initials and abbreviations ("U.S.", "Mr."); a word ending a sentence is not returned.
 * `adjacent`: the word ends right at `pos` (before a comma).
 */
export function tokenBefore(text: string, pos: number, adjacent = false): Token | null {
  const start = tokenStartBefore(text, pos, adjacent);
  return start < 0 ? null : new Token(text, start, adjacent ? pos : pos - 1);
}

/** tokenBefore without the token: where that word starts (it ends at `pos`, or `pos - 1` unless adjacent), or -1. */
export function tokenStartBefore(text: string, pos: number, adjacent = false): number {
  if (!adjacent && (pos < 2 || !isSpace(text.charCodeAt(pos - 1)))) return -1;
  const end = adjacent ? pos : pos - 1;
  let s = end;
  while (s > 0 && (isNameChar(text.charCodeAt(s - 1)) || isInnerMark(text.charCodeAt(s - 1)))) s--;
  while (s < end && !isNameChar(text.charCodeAt(s))) s++;
  if (s >= end) return -1;
  if (text.charCodeAt(end - 1) === 46 && !HONORIFIC_OR_INITIALS.test(text.slice(s, end))) return -1;
  return s;
}

/** The word starting at `pos` (letters with inner hyphens, apostrophes and initials' dots). */
export function tokenAt(text: string, pos: number): Token | null {
  const end = tokenEndAt(text, pos);
  return end === pos ? null : new Token(text, pos, end);
}

/** tokenAt without the token: where the word starting at `pos` ends (`pos` when there is none). */
export function tokenEndAt(text: string, pos: number): number {
  const n = text.length;
  let e = pos;
  while (
    e < n &&
    (isNameChar(text.charCodeAt(e)) || (isInnerMark(text.charCodeAt(e)) && isNameChar(text.charCodeAt(e + 1))))
  )
    e++;
  if (e === pos) return pos;
  // Keep the dot of "U.S." but not a sentence's full stop.
  if (text.charCodeAt(e) === 46 && HONORIFIC_OR_INITIALS.test(text.slice(pos, e + 1))) e++;
  return e;
}

/** Whether a word ends in a possessive "’s" / "'s". */
export function isPossessive(word: string): boolean {
  return /['’]s$/.test(word);
}
