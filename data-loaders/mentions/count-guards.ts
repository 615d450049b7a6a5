// Numbers that are not counts whatever follows them: years, dates, times, ordinals, labels ("Resolution 2397"),
// identifiers ("Hwasong-17"), percentages, ages, compound adjectives ("six-month report").
import type { NumberMatch } from "./number-words.ts";
import { lowerCase } from "../util/lower-case.ts";

const MONTH_NAMES = new Set(
  `January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`.split(/\s+/),
);
// Words whose number is a label, not a tally: "Executive Order 13382", "Resolution 2397", "News ID: 77070",
// "page 12", "Unit 180", "aged 45".
const LABELS = new Set(
  `order orders resolution resolutions number numbers nr no nos page pages p pp section sections article articles
  paragraph paragraphs para chapter chapters id room flight route highway vol volume issue part clause title rule
  amendment tel telephone phone fax box version appendix annex table figure fig item code docket model unit gate
  platform channel district block lot exit level grade class step phase stage round season episode age aged ages
  born terminal pier berth sector building floor bldg hall tower camp station battalion brigade division regiment
  corps squadron bureau office directorate art sec`.split(/\s+/),
);
// Labels that are also ordinary words: only with a period they label ("No. 5").
const DOTTED_LABELS = new Set(["no", "nos", "p", "pp", "art", "sec", "para", "fig", "vol"]);
const DETERMINERS = new Set(["no", "any", "every", "each", "the", "this", "that", "which"]);
const MONTH_AFTER =
  /^[ \t]*(?:of[ \t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
// "90 years ago", "three days later", "45 years old".
const TIME_AFTER =
  /^[ \t]+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries)[ \t]+(?:ago|earlier|later|old|before|prior|from[ \t]+now|hence)\b/i;

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** "$", "+", "#", "§", "№", "£", "¥" and the Unicode currency block ("€", "₩", "₿"). */
function isSignOrCurrency(code: number): boolean {
  return (
    code === 36 ||
    code === 43 ||
    code === 35 ||
    code === 167 ||
    code === 8470 ||
    code === 163 ||
    code === 165 ||
    (code >= 0x20a0 && code <= 0x20cf)
  );
}

/** The word before `pos`, past spaces and one of ":", "#", ".": "ID: 77070" → "ID", "No. 5" → "No". */
function wordBefore(text: string, pos: number): { word: string; mark: number } {
  let end = pos;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const mark = text.charCodeAt(end - 1);
  if (mark === 58 || mark === 35 || mark === 46) end--;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end), mark };
}

/**
 * Whether the number is a 4-digit year such as 2019 (a count needs a qualifier to look like one).
 * @example isYearLike(scanNumbers("in 2019")[0]) // → true
 */
export function isYearLike(n: NumberMatch): boolean {
  return n.numeral && !n.grouped && !n.decimal && n.scaleExp === 0 && n.value >= 1000 && n.value <= 2100;
}

/**
 * Whether the number itself, by its form and what sits right before it, cannot start a count:
 * a code, a label's number, a date's day, a currency amount, or the pronoun "one" ("no one", "the one").
 * Years are left to the caller, which knows whether a qualifier makes one a count ("some 2000 troops").
 * @example isNotCountStart("Executive Order 13382 targets", {start: 16, …}) // → true
 */
export function isNotCountStart(text: string, n: NumberMatch): boolean {
  if (n.joined || n.bare) return true;
  const before = n.start > 0 ? text.charCodeAt(n.start - 1) : 32;
  // "GMT27", "KN-23", "Hwasong-17", "$20", "+82", "#5": glued to a word, a code, a currency or a sign.
  if (isWordChar(before) || isSignOrCurrency(before)) return true;
  if ((before === 45 || before === 47 || before === 95 || before === 46) && n.start > 1) {
    if (isWordChar(text.charCodeAt(n.start - 2))) return true;
  }
  if (n.numeral && text.charCodeAt(n.start) === 48 && n.end - n.start > 1 && !n.decimal) return true;
  const { word, mark } = wordBefore(text, n.start);
  if (word.length === 0) return false;
  if (MONTH_NAMES.has(word)) return true;
  const lower = lowerCase(word);
  // A period after an ordinary label word ends a sentence ("…the order. 5 people"); after "No" it abbreviates.
  if (LABELS.has(lower) && (DOTTED_LABELS.has(lower) ? mark === 46 : mark !== 46)) return true;
  return !n.numeral && n.value === 1 && mark !== 46 && DETERMINERS.has(lower);
}

/**
 * Whether the character right after the number rules out a count: glued letters ("24th", "5G"), a hyphenated
 * adjective ("six-month", "149-page", "one-on-one"), a percent or degree sign.
 * @example isGluedEnd("the six-month report", 7) // → true
 */
export function isGluedEnd(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const after = text.charCodeAt(end);
  if (isWordChar(after) || after === 37 || after === 176) return true;
  return (after === 45 || after === 8211) && isLetter(text.charCodeAt(end + 1));
}

/**
 * Whether the words after the number make it a date or an age: a month ("27 October"), or a stretch of time
 * that dates or ages ("90 years ago", "45 years old").
 * @example isDateOrAgeAfter("Stalin 90 years ago", 9) // → true
 */
export function isDateOrAgeAfter(text: string, end: number): boolean {
  const lookahead = text.slice(end, end + 32);
  return MONTH_AFTER.test(lookahead) || TIME_AFTER.test(lookahead);
}
