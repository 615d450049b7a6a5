// Numbers that are not counts whatever follows them: years, dates, times, ordinals, labels ("Resolution 2397"),
// identifiers ("Hwasong-17"), percentages, ages, compound adjectives ("six-month report").
import type { NumberMatch } from "./number-words.ts";

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?[ \\t]*$`);
const MONTH_AFTER = new RegExp(`^[ \\t]*(?:of[ \\t]+)?(?:${MONTHS})\\b`);
// "Executive Order 13382", "Resolution No. 2397", "News ID: 77070", "page 12", "Article 5".
const LABEL_BEFORE = new RegExp(
  "\\b(?:orders?|resolutions?|numbers?|nr|pages?|pp?|sections?|articles?|paragraphs?|chapters?|id|room|flight|" +
    "route|highway|vol|volume|issue|part|clause|title|rule|amendment|tel|telephone|phone|fax|box|version|appendix|" +
    "annex|table|figure|fig|item|code|docket|model|unit|gate|platform|channel|district|block|lot|exit|level|grade|" +
    "class|step|phase|stage|round|season|episode|aged?|ages|born|terminal|pier|berth|sector|building|floor|bldg|" +
    "hall|tower|camp|station|battalion|brigade|division|regiment|corps|squadron|bureau|office|directorate)" +
    "[ \\t]*(?:no\\.?|number|#)?[ \\t]*[:#]?[ \\t]*$|\\b(?:nos?|nr|vol|fig|pp?|tel|art|sec|para)\\.[ \\t]*$|[#§№+$€£¥₩₹₽₿][ \\t]*$",
  "i",
);
// "90 years ago", "three days later", "45 years old".
const TIME_AFTER =
  /^[ \t]+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries)[ \t]+(?:ago|earlier|later|old|before|prior|from[ \t]+now|hence)\b/i;
const DETERMINER_BEFORE = /\b(?:no|any|every|each|the|this|that|which)[ \t]+$/i;

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether the number itself, by its form and what sits right before it, cannot start a count:
 * a code, a year, a label's number, a date's day, or the pronoun "one" ("no one", "the one").
 * @example isNotCountStart("Executive Order 13382 targets", {start: 16, …}, false) // → true
 */
export function isNotCountStart(text: string, n: NumberMatch, qualified: boolean): boolean {
  if (n.joined || n.bare) return true;
  const before = n.start > 0 ? text.charCodeAt(n.start - 1) : 32;
  // "GMT27", "KN-23", "Hwasong-17", "2022.8.11": glued to a word or a code.
  if (isWordChar(before)) return true;
  if ((before === 45 || before === 47 || before === 95 || before === 46) && n.start > 1) {
    if (isWordChar(text.charCodeAt(n.start - 2))) return true;
  }
  if (n.numeral && text.charCodeAt(n.start) === 48 && n.end - n.start > 1 && !n.decimal) return true;
  const isYear = n.numeral && !n.grouped && !n.decimal && n.scaleExp === 0 && n.value >= 1000 && n.value <= 2100;
  if (isYear && !qualified) return true;
  const lookback = text.slice(Math.max(0, n.start - 24), n.start);
  if (LABEL_BEFORE.test(lookback) || MONTH_BEFORE.test(lookback)) return true;
  if (!n.numeral && n.value === 1 && DETERMINER_BEFORE.test(lookback)) return true;
  return false;
}

/**
 * Whether what follows the number's last digit or word rules out a count: glued letters ("24th", "5G"),
 * a hyphenated adjective ("six-month", "149-page", "one-on-one"), a percent sign, a time ("07:05"), a month
 * ("27 October"), or a stretch of time that dates or ages ("90 years ago", "45 years old").
 * @example isNotCountEnd("the six-month report", 7) // → true
 */
export function isNotCountEnd(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const after = text.charCodeAt(end);
  if (isWordChar(after) || after === 37 || after === 176) return true;
  if ((after === 45 || after === 8211) && isLetter(text.charCodeAt(end + 1))) return true;
  const lookahead = text.slice(end, end + 32);
  return MONTH_AFTER.test(lookahead) || TIME_AFTER.test(lookahead);
}
