// Word lists looked up straight from the text: the letters of text[start, end) are hashed lower-cased as they are
// read, so the hot paths of the scanner build no string and compute no string hash. Only ASCII words are stored;
// a word with any other character is in no list.

const EMPTY = -1;

/** Case of a word: which of its ASCII letters are upper-case. */
export const NO_UPPER = 1;
/** First letter upper-case, no other upper-case letter ("Minister"). */
export const CAPITALIZED = 2;
/** No lower-case ASCII letter ("ROK", "MR."). */
export const NO_LOWER = 4;

/** The case bits of text[start, end): NO_UPPER, CAPITALIZED and NO_LOWER as they apply. */
export function caseShape(text: string, start: number, end: number): number {
  let upperAfterFirst = false;
  let lower = false;
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upperAfterFirst = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  const first = text.charCodeAt(start);
  const firstUpper = first >= 65 && first <= 90;
  if (first >= 97 && first <= 122) lower = true;
  let shape = lower ? 0 : NO_LOWER;
  if (!upperAfterFirst) shape |= firstUpper ? CAPITALIZED : NO_UPPER;
  return shape;
}

function hashStep(h: number, lowerCode: number): number {
  return Math.imul(h ^ lowerCode, 0x01000193);
}

/** A set of lower-case ASCII words, each with bit flags, read case-insensitively from positions in a text. */
export class WordTable {
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly flags: number[] = [];
  private readonly mask: number;
  // Which (first letter, second letter, length) shapes some word has: most words of a text are in no list and are
  // turned away by one load, before any hashing.
  private readonly shapes = new Uint8Array(27 * 27 * 32);

  constructor(entries: Iterable<readonly [string, number]>) {
    const merged = new Map<string, number>();
    for (const [word, flag] of entries) {
      if (!/^[\x20-\x40\x5b-\x7f]+$/.test(word)) throw new TypeError(`invalid word-table entry: ${word}`);
      merged.set(word, (merged.get(word) ?? 0) | flag);
    }
    let size = 16;
    while (size < merged.size * 3) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(EMPTY);
    for (const [word, flag] of merged) {
      let slot = this.hashOf(word, 0, word.length) & this.mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.words.length;
      this.words.push(word);
      this.flags.push(flag);
      const shape = shapeOf(word, 0, word.length);
      if (shape >= 0) this.shapes[shape] = 1;
    }
  }

  private hashOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) return -1;
      h = hashStep(h, c);
    }
    // Small enough to stay an integer (a larger number would be boxed when this is not inlined).
    return (h ^ (h >>> 15)) & 0x3fffffff;
  }

  /** The flags of text[start, end) compared without regard to case, or 0 when it is in no list. */
  get(text: string, start: number, end: number): number {
    const shape = shapeOf(text, start, end);
    if (shape >= 0 && this.shapes[shape] === 0) return 0;
    const h = this.hashOf(text, start, end);
    if (h < 0) return 0;
    const length = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot];
      if (index === EMPTY) return 0;
      const word = this.words[index];
      if (word.length === length && sameLetters(text, start, word)) return this.flags[index];
    }
  }
}

/**
 * The (first letter, second letter, length) shape of a word when it starts with two letters (any case), as an index
 * into a table of shapes; -1 for other words, which are always looked up.
 */
function shapeOf(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 2) return -1;
  const a = text.charCodeAt(start) | 32;
  const b = text.charCodeAt(start + 1) | 32;
  if (a < 97 || a > 122 || b < 97 || b > 122) return -1;
  return ((a - 96) * 27 + (b - 96)) * 32 + (length < 31 ? length : 31);
}

// Whether the text at `start` spells `word` (lower-case) in any case; the lengths are known to be equal.
function sameLetters(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}
