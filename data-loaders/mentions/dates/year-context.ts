// Bare years with no preposition before them, read only where the words around make them years:
// "the 2017 test", "a 2006 resolution", "North Korea's 2017 test", "2022's launches", "2019 saw", "(2013)".
import { isMenPlural, PLURALS_WITHOUT_S } from "../singular.ts";
import { type Word, countsSomething, lowerWordAfter } from "./context.ts";
import { MEASURE_WORDS, PAST_SUBJECT_VERBS, YEAR_DETERMINERS, YEAR_SUBJECT_VERBS } from "./lexicon.ts";

const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/**
 * Whether the number ending at `end` counts or measures what follows: "2000 troops", "2000 people",
 * "2000 km". Stricter than countsSomething, for numbers no preposition marks as years.
 */
export function countOrMeasureFollows(text: string, end: number): boolean {
  if (countsSomething(text, end)) return true;
  const word = lowerWordAfter(text, end);
  return word !== null && (PLURALS_WITHOUT_S.has(word) || isMenPlural(word) || MEASURE_WORDS.has(word));
}

/** "2022's launches", "2022’s". */
function isPossessive(text: string, end: number): boolean {
  return isApostrophe(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 0x73 && !isLetter(text.charCodeAt(end + 2));
}

/** A determiner, or a possessive noun ("Korea's"), whose "s" wordBefore returns after the apostrophe. */
function isDeterminer(text: string, lead: Word): boolean {
  if (YEAR_DETERMINERS.has(lead.lower)) return true;
  return lead.lower === "s" && lead.start > 1 && isApostrophe(text.charCodeAt(lead.start - 1));
}

/** The last character before `at` that is not horizontal space, or -1 at the start. */
function previousMark(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0xa0)) i -= 1;
  return i < 0 ? -1 : text.charCodeAt(i);
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Whether the year from `at` to `end`, which `lead` (the word before, or null) does not introduce as a time,
 * is still a year by its context.
 */
export function isYearByContext(text: string, at: number, end: number, lead: Word | null): boolean {
  // "the 1990's" is a decade; "2022's launches" a year.
  if (isPossessive(text, end)) return lead?.lower !== "the";
  if (text.charCodeAt(at - 1) === 0x28 && text.charCodeAt(end) === 0x29) return true;
  if (lead && isDeterminer(text, lead)) {
    // A modifier needs its noun: "the 2017 test", not "the 2017" or "the 2000 people".
    return text.charCodeAt(end) === 0x20 && isLetter(text.charCodeAt(end + 1)) && !countOrMeasureFollows(text, end);
  }
  if (lead !== null || isDigit(previousMark(text, at))) return false;
  const verb = lowerWordAfter(text, end);
  if (verb === null || !YEAR_SUBJECT_VERBS.has(verb)) return false;
  // "2000 saw the parade" counts people; counts in digits are round, years seldom are.
  return !PAST_SUBJECT_VERBS.has(verb) || Number(text.slice(at, end)) % 100 !== 0;
}
