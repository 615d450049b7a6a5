// Words before an amount that say how exact it is: "about 412.3 billion won", "at least five times".
import type { Qualifier } from "../types.ts";
import { lowerSlice } from "../util/lower-case.ts";

// Phrasings → the pipeline's closed set of qualifiers. Several phrasings share one meaning.
const QUALIFIER_OF: Record<string, Qualifier> = {
  about: "about",
  around: "about",
  roughly: "about",
  approximately: "about",
  "approx.": "about",
  some: "about",
  nearly: "nearly",
  "close to": "nearly",
  almost: "almost",
  "at least": "at least",
  "no less than": "at least",
  "no fewer than": "at least",
  "a minimum of": "at least",
  "more than": "more than",
  "upwards of": "more than",
  "in excess of": "more than",
  "well over": "more than",
  above: "more than",
  over: "over",
  "just over": "over",
  "up to": "up to",
  "no more than": "up to",
  "at most": "up to",
  "a maximum of": "up to",
  "as much as": "as much as",
  "as many as": "as much as",
  "an estimated": "an estimated",
  estimated: "an estimated",
  "less than": "less than",
  "fewer than": "less than",
  below: "less than",
  under: "under",
  "just under": "under",
};

// Longest phrasings first so "no more than" wins over "more than" at the same end.
const PHRASES = Object.keys(QUALIFIER_OF)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/\./g, "\\.").replace(/ /g, "[ \\t]+"));
const BEFORE_AMOUNT = new RegExp(`(?<![A-Za-z])(${PHRASES.join("|")})[ \\t]*$`, "i");
const LOOKBACK = 24;
// The last word of each phrasing: a cheap test before the regex ("least", "than", "about", …).
const LAST_WORDS = new Set(Object.keys(QUALIFIER_OF).map((p) => p.split(" ").pop()!.replace(".", "")));

function lastWordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (text.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > 0 && (text.charCodeAt(start - 1) | 0x20) >= 97 && (text.charCodeAt(start - 1) | 0x20) <= 122) start--;
  return lowerSlice(text, start, end);
}

/**
 * The qualifier that ends right before `start` (spaces allowed), with where it begins.
 * @example qualifierBefore("(about 412.3 billion won)", 7) // → {qualifier: "about", start: 1}
 */
export function qualifierBefore(text: string, start: number): { qualifier: Qualifier; start: number } | null {
  if (!LAST_WORDS.has(lastWordBefore(text, start))) return null;
  const from = Math.max(0, start - LOOKBACK);
  const m = BEFORE_AMOUNT.exec(text.slice(from, start));
  // A slice cut mid-word ("moreover") must not read as a qualifier.
  if (!m || (m.index === 0 && from > 0 && /[A-Za-z]/.test(text[from - 1]))) return null;
  const qualifier = QUALIFIER_OF[m[1].toLowerCase().replace(/[ \t]+/g, " ")];
  return qualifier ? { qualifier, start: from + m.index } : null;
}
