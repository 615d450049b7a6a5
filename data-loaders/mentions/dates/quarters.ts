// Quarters of a calendar year named by label ("Q1 2024", "2024 Q1", "in Q4") or by ordinal without a year
// ("the fourth quarter", "last quarter"). "the fourth quarter of 2023" is read in periods.ts with halves.
import type { DateDraft, DateValue } from "../../types.ts";
import { addMonths } from "./calendar.ts";
import { type Word, wordBefore } from "./context.ts";
import { monthIntervalValue } from "./date-value.ts";
import { type Scan, dateDraft } from "./draft.ts";
import { QUARTER_LEADS, SPACE } from "./lexicon.ts";
import { monthAtOrBefore } from "./resolve.ts";

/** Quarter `quarter` (1–4) of `year`, as a month interval: Q4 2023 = 2023-10/2023-12. */
export function quarterValue(year: number, quarter: number): DateValue | null {
  return monthIntervalValue({ year, month: quarter * 3 - 2 }, { year, month: quarter * 3 });
}

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;

// "Q1 2024", "Q1, 2024", "Q1 of 2024", "Q1-2024", "Q1/2024".
const LABEL_YEAR = new RegExp(`(?:,?${SPACE}+(?:of${SPACE}+)?|[-/])(\\d{4})(?![\\dA-Za-z])`, "y");
// "Q3 last year", "Q1 of this year".
const LABEL_NEAR_YEAR = new RegExp(`(?:${SPACE}+of)?${SPACE}+(last|this|next)${SPACE}+year(?![A-Za-z])`, "y");
const YEAR_OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** The latest quarter `quarter` that had begun by the document date, as news leans to the past ("in Q4"). */
function quarterAtOrBefore(scan: Scan, quarter: number): DateValue | null {
  if (!scan.documentDate) return null;
  return quarterValue(monthAtOrBefore(scan.documentDate, quarter * 3 - 2).year, quarter);
}

/** "Q1 2024", "Q3 last year", "in Q4": `at` is the digit after a capital Q. */
export function fromQuarterLabel(scan: Scan, at: number): DateDraft | null {
  const { text } = scan;
  const quarter = text.charCodeAt(at) - 0x30;
  if (quarter < 1 || quarter > 4 || isWordChar(text.charCodeAt(at + 1))) return null;
  const start = at - 1;
  // "HQ4", "IQ4": the Q must start a word.
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return null;
  LABEL_YEAR.lastIndex = at + 1;
  const y = LABEL_YEAR.exec(text);
  // After a quarter label a four-digit number is its year, whatever follows ("Q3 2023 exports rose").
  if (y) {
    return dateDraft(start, LABEL_YEAR.lastIndex, quarterValue(Number(y[1]), quarter), "absolute");
  }
  LABEL_NEAR_YEAR.lastIndex = at + 1;
  const near = LABEL_NEAR_YEAR.exec(text);
  if (near) {
    if (!scan.documentDate) return null;
    const year = scan.documentDate.year + YEAR_OFFSETS[near[1]];
    return dateDraft(start, LABEL_NEAR_YEAR.lastIndex, quarterValue(year, quarter), "relative to document date");
  }
  // A label alone is a quarter only after a word that introduces a time: "in Q4", not "the Audi Q4".
  const lead = wordBefore(text, start);
  if (!lead || !QUARTER_LEADS.has(lead.lower)) return null;
  return dateDraft(start, at + 1, quarterAtOrBefore(scan, quarter), "quarter from document date");
}

const YEAR_THEN_LABEL = new RegExp(`(?:${SPACE}|-)Q([1-4])(?![\\dA-Za-z])`, "y");

/** "2024 Q1", "2024-Q1": `at` is the start of the year, `year` its value. */
export function fromYearThenQuarter(scan: Scan, at: number, year: number): DateDraft | null {
  if (scan.text.charCodeAt(at + 5) !== 0x51 /* Q */) return null;
  YEAR_THEN_LABEL.lastIndex = at + 4;
  const m = YEAR_THEN_LABEL.exec(scan.text);
  return m && dateDraft(at, YEAR_THEN_LABEL.lastIndex, quarterValue(year, Number(m[1])), "absolute");
}

const QUARTER_ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };
const NEAR_QUARTERS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
// "the first quarter of the game", "the third quarter of fiscal 2024": a quarter of something else.
const OF_SOMETHING = new RegExp(`${SPACE}+of(?![A-Za-z])`, "y");

/**
 * "the fourth quarter", "first-quarter", "last quarter", "this quarter": a quarter with no year after it.
 * `ordinal` is the word before "quarter", which ends at `end`. "the last quarter" could be the fourth or the
 * latest three months, so it is left unread.
 */
export function quarterWithoutYear(scan: Scan, ordinal: Word, end: number): DateDraft | null {
  const { text, documentDate } = scan;
  if (!documentDate) return null;
  const next = text.charCodeAt(end);
  if (next === 0x2d || isWordChar(next)) return null;
  OF_SOMETHING.lastIndex = end;
  if (OF_SOMETHING.test(text)) return null;
  const article = wordBefore(text, ordinal.start);
  const offset = NEAR_QUARTERS[ordinal.lower];
  if (offset !== undefined) {
    // "over the last quarter", "the next quarter": a stretch of three months, not a calendar quarter.
    if (article?.lower === "the") return null;
    const current = Math.floor((documentDate.month - 1) / 3);
    const first = addMonths({ year: documentDate.year, month: current * 3 + 1 }, offset * 3);
    const value = monthIntervalValue(first, addMonths(first, 2));
    return dateDraft(ordinal.start, end, value, "relative to document date");
  }
  const quarter = QUARTER_ORDINALS[ordinal.lower];
  if (quarter === undefined) return null;
  const start = article?.lower === "the" ? article.start : ordinal.start;
  return dateDraft(start, end, quarterAtOrBefore(scan, quarter), "quarter from document date");
}
