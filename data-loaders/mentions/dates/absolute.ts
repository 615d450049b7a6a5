// Dates that start with a number: "13 December 2022", "27April 2019", "2022.8.11", "2022-08-11", "in 2019",
// "early 2023", "2018-19", "the 2017 test", and through the modules named below "14/02/2024" (numeric.ts),
// "Q1 2024" (quarters.ts) and "on the 24th" (relative.ts).
import type { DateDraft } from "../../types.ts";
import { isCalendarDay } from "./calendar.ts";
import { closeBehind, countsSomething, wordBefore } from "./context.ts";
import { dayValue, yearIntervalValue, yearValue } from "./date-value.ts";
import { type Scan, dateDraft } from "./draft.ts";
import { CHAIN_WORDS, MONTH_TOKEN_SOURCE, NUMBER_LABELS, SPACE, THIRDS, YEAR_LEADS, monthNumber } from "./lexicon.ts";
import { fromNumericDate } from "./numeric.ts";
import { thirdOfYear } from "./periods.ts";
import { fromQuarterLabel, fromYearThenQuarter } from "./quarters.ts";
import { fromOrdinalDay } from "./relative.ts";
import { placeYearlessDay } from "./future-cue.ts";
import { countOrMeasureFollows, isYearByContext } from "./year-context.ts";
import { dashedSpanEnd, wordedSpanEnd } from "./year-spans.ts";

// Year first with one separator throughout: ISO "2022-08-11", Korean "2022.8.11" or "2022. 8. 11", "2022/08/11".
const YEAR_MONTH_DAY = /(\d{4})(\. ?|\/|-)(\d{1,2})\2(\d{1,2})(?!\d|[./-]\d)/y;
// "13 December 2022", "13th of December", "27April 2019" (the space lost in a page header).
const DAY_MONTH_YEAR = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?${SPACE}*(?:of${SPACE}+)?(${MONTH_TOKEN_SOURCE})` +
    `(?:,?${SPACE}*(\\d{4})(?![\\dA-Za-z]))?`,
  "y",
);

// Bare years are only read in the range news writes about; "in 3000 cases" is not a year.
const FIRST_BARE_YEAR = 1800;
const LAST_BARE_YEAR = 2199;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const CURRENCY_SIGNS = new Set(["$", "€", "£", "¥", "₩", "#"]);

/** Whether the digits at `at` continue a number or a time: "1,500", "3.14", "07:05", "$235", "300-550". */
function continuesNumber(text: string, at: number): boolean {
  if (at === 0) return false;
  const before = text[at - 1];
  if (CURRENCY_SIGNS.has(before)) return true;
  return ".,:/-".includes(before) && at > 1 && isDigit(text.charCodeAt(at - 2));
}

function yearMonthDay(scan: Scan, at: number): DateDraft | null {
  YEAR_MONTH_DAY.lastIndex = at;
  const m = YEAR_MONTH_DAY.exec(scan.text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (!isCalendarDay(year, month, day)) return null;
  return dateDraft(at, YEAR_MONTH_DAY.lastIndex, dayValue({ year, month, day }), "absolute");
}

function dayMonthYear(scan: Scan, at: number): DateDraft | null {
  const { text, documentDate } = scan;
  DAY_MONTH_YEAR.lastIndex = at;
  const m = DAY_MONTH_YEAR.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = monthNumber(m[2]) ?? 0;
  // "the 13th of December" keeps its article, like "the 24th".
  const article = wordBefore(text, at);
  const start = article?.lower === "the" ? article.start : at;
  if (m[3] !== undefined) {
    const year = Number(m[3]);
    if (!isCalendarDay(year, month, day)) return null;
    return dateDraft(start, DAY_MONTH_YEAR.lastIndex, dayValue({ year, month, day }), "absolute");
  }
  if (!documentDate) return null;
  const placed = placeYearlessDay(text, start, documentDate, month, day);
  return placed && dateDraft(start, DAY_MONTH_YEAR.lastIndex, dayValue(placed.date), placed.resolution);
}

// Years read without a preposition ("the 2017 test", "2018-19") are held to the years news writes about.
const FIRST_CONTEXT_YEAR = 1900;
const LAST_CONTEXT_YEAR = 2099;

const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** ".", ",", "/", "-", "–": a digit after one continues the number ("2019.5", "2019,000", "2000-3000"). */
const isJoiner = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x2f || c === 0x2d || c === 0x2013;

/** Whether the year or span ending at `end` is glued to more: "1990s", "2019th", "2019.5", "2000-3000". */
function gluedAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return isLetter(next) || (isJoiner(next) && isDigit(text.charCodeAt(end + 1)));
}

/** The year alone or the span from it, as a draft from `at` to `end`. */
function yearOrSpan(at: number, end: number, year: number, last: number | null): DateDraft | null {
  const date = last === null ? yearValue(year) : yearIntervalValue(year, last);
  return dateDraft(at, end, date, "absolute");
}

/**
 * "in 2019", "since 2006", "early 2023", "mid-2022", "in 2017-2023", "from 2017 to 2019", "between 2016 and
 * 2018"; and without a preposition "2018-19", "the 2017 test", "2022's launches", "2019 saw", "2024 Q1".
 */
function bareYear(scan: Scan, at: number, digits: string): DateDraft | null {
  const { text } = scan;
  const year = Number(digits);
  if (year < FIRST_BARE_YEAR || year > LAST_BARE_YEAR) return null;
  const quarter = fromYearThenQuarter(scan, at, year);
  if (quarter) return quarter;
  const dashed = dashedSpanEnd(text, at, year);
  const end = dashed === null ? at + 4 : dashed.end;
  if (gluedAfter(text, end)) return null;
  // "2018-19 talks": a count's range never shortens its second number, so only whole years may be counts.
  const shortSpan = dashed !== null && end - at === 7;
  if (!shortSpan && countsSomething(text, end)) return null;
  const lead = wordBefore(text, at);
  // "Resolution 2094", "Flight 2019": a label's number.
  if (lead && NUMBER_LABELS.has(lead.lower)) return null;
  const third = lead ? THIRDS[lead.lower] : undefined;
  if (lead && third !== undefined && dashed === null) {
    return dateDraft(lead.start, end, thirdOfYear(year, third), "absolute");
  }
  const chained = lead !== null && CHAIN_WORDS.has(lead.lower) && closeBehind(text, scan.previousEnd, lead.start);
  if (lead && (YEAR_LEADS.has(lead.lower) || chained)) {
    // "around 2000 people": a lead that also qualifies counts needs the stricter test.
    if (lead.lower === "around" && countOrMeasureFollows(text, end)) return null;
    const worded = dashed === null ? wordedSpanEnd(text, end, year, lead.lower) : null;
    if (worded && !gluedAfter(text, worded.end)) {
      // "between 2000 and 2050 troops" is a range of numbers, so neither number is a year.
      return countOrMeasureFollows(text, worded.end) ? null : yearOrSpan(at, worded.end, year, worded.last);
    }
    return yearOrSpan(at, end, year, dashed?.last ?? null);
  }
  if (year < FIRST_CONTEXT_YEAR || (dashed?.last ?? year) > LAST_CONTEXT_YEAR) return null;
  // "KN-2018-19", "ABC2019": part of a code.
  const before = text.charCodeAt(at - 1);
  if (isJoiner(before) || isLetter(before)) return null;
  if (dashed !== null) {
    return !shortSpan && countOrMeasureFollows(text, end) ? null : yearOrSpan(at, end, year, dashed.last);
  }
  return isYearByContext(text, at, end, lead) ? yearOrSpan(at, end, year, null) : null;
}

/** Any date that starts with the run of digits `digits` at `at`. */
export function fromDigits(scan: Scan, at: number, digits: string): DateDraft | null {
  if (continuesNumber(scan.text, at)) return null;
  if (digits.length === 4) return yearMonthDay(scan, at) ?? bareYear(scan, at, digits);
  if (digits.length === 1 && at > 0 && scan.text.charCodeAt(at - 1) === 0x51 /* Q */) return fromQuarterLabel(scan, at);
  if (digits.length <= 2) return dayMonthYear(scan, at) ?? fromNumericDate(scan, at) ?? fromOrdinalDay(scan, at);
  return null;
}
