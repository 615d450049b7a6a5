// Dates that start with a number: "13 December 2022", "27April 2019", "2022.8.11", "2022-08-11", "in 2019",
// "early 2023", and (through relative.ts) "on the 24th".
import type { DateDraft } from "../../types.ts";
import { isCalendarDay } from "./calendar.ts";
import { closeBehind, countsSomething, wordBefore } from "./context.ts";
import { dayValue, yearIntervalValue, yearValue } from "./date-value.ts";
import { type Scan, dateDraft } from "./draft.ts";
import { CHAIN_WORDS, MONTH_TOKEN_SOURCE, SPACE, THIRDS, YEAR_LEADS, monthNumber } from "./lexicon.ts";
import { thirdOfYear } from "./periods.ts";
import { fromOrdinalDay } from "./relative.ts";
import { dayAtOrBefore } from "./resolve.ts";

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

/** Whether the digits at `at` continue a number or a time: "1,500", "3.14", "07:05", "$620", "400-650". */
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
  const date = dayAtOrBefore(documentDate, month, day);
  return date && dateDraft(start, DAY_MONTH_YEAR.lastIndex, dayValue(date), "year from document date");
}

// "1950-1953", "2017–2023": a second year, later than the first by at most a century.
const YEAR_RANGE = /[-–](\d{4})(?![\dA-Za-z])/y;
const MAX_RANGE_YEARS = 100;

/** The last year of a range "2017-2023" that starts at `at`, or null. */
function rangeEnd(text: string, at: number, year: number): number | null {
  YEAR_RANGE.lastIndex = at + 4;
  const m = YEAR_RANGE.exec(text);
  if (!m) return null;
  const last = Number(m[1]);
  return last > year && last - year <= MAX_RANGE_YEARS ? last : null;
}

/** "in 2019", "since 2006", "between 2018 and 2020", "early 2023", "mid-2022", "in 2017-2023". */
function bareYear(scan: Scan, at: number, digits: string): DateDraft | null {
  const { text } = scan;
  const year = Number(digits);
  if (year < FIRST_BARE_YEAR || year > LAST_BARE_YEAR) return null;
  const lastYear = rangeEnd(text, at, year);
  const end = lastYear === null ? at + 4 : at + 9;
  const next = text.charCodeAt(end);
  // "1990s", "2019th".
  if ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) return null;
  // "2019.5", "2019,000", and numeric ranges that are not year ranges ("2000-3000 cases").
  if ((next === 0x2e || next === 0x2c || next === 0x2d || next === 0x2013) && isDigit(text.charCodeAt(end + 1))) {
    return null;
  }
  if (countsSomething(text, end)) return null;
  const lead = wordBefore(text, at);
  if (!lead) return null;
  const third = THIRDS[lead.lower];
  if (third !== undefined && lastYear === null) {
    return dateDraft(lead.start, end, thirdOfYear(year, third), "absolute");
  }
  const chained = CHAIN_WORDS.has(lead.lower) && closeBehind(text, scan.previousEnd, lead.start);
  if (!YEAR_LEADS.has(lead.lower) && !chained) return null;
  const date = lastYear === null ? yearValue(year) : yearIntervalValue(year, lastYear);
  return dateDraft(at, end, date, "absolute");
}

/** Any date that starts with the run of digits `digits` at `at`. */
export function fromDigits(scan: Scan, at: number, digits: string): DateDraft | null {
  if (continuesNumber(scan.text, at)) return null;
  if (digits.length === 4) return yearMonthDay(scan, at) ?? bareYear(scan, at, digits);
  if (digits.length <= 2) return dayMonthYear(scan, at) ?? fromOrdinalDay(scan, at);
  return null;
}
