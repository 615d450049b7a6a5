// Spans of years: "2018-19", "2018–2019", "2018/19", "from 2017 to 2019", "between 2016 and 2018".
import { SPACE } from "./lexicon.ts";

/** The last year of a span and where the span's text ends. */
export interface SpanEnd {
  last: number;
  end: number;
}

// A second year right after the first: four digits, or the last two ("2018-19", fiscal and season years).
const DASHED_END = /[-–/](\d{4}|\d{2})(?![\dA-Za-z])/y;
const WORDED_END = new RegExp(`${SPACE}+(to|and|through|until|till)${SPACE}+(\\d{4})(?![\\dA-Za-z])`, "y");
// A span runs forward by at most a century ("1950-1953"); "2000-3000 cases" is a range of numbers.
const MAX_SPAN_YEARS = 100;

function isSpan(first: number, last: number): boolean {
  return last > first && last - first <= MAX_SPAN_YEARS;
}

/**
 * The end of "2017-2023", "2018–19" or "2018/19" when the year `year` starts at `at`; null otherwise. Two digits
 * never wrap into the next century: "2018-12" and "2018-05" read as no span.
 */
export function dashedSpanEnd(text: string, at: number, year: number): SpanEnd | null {
  DASHED_END.lastIndex = at + 4;
  const m = DASHED_END.exec(text);
  if (!m) return null;
  const digits = m[1];
  const last = digits.length === 4 ? Number(digits) : year - (year % 100) + Number(digits);
  return isSpan(year, last) ? { last, end: DASHED_END.lastIndex } : null;
}

/**
 * The end of "from 2017 to 2019" or "between 2016 and 2018", given the word `lead` before the first year and
 * `end`, where the first year ends; null when the words do not make a span.
 */
export function wordedSpanEnd(text: string, end: number, year: number, lead: string): SpanEnd | null {
  if (lead !== "from" && lead !== "between") return null;
  WORDED_END.lastIndex = end;
  const m = WORDED_END.exec(text);
  if (!m || (m[1] === "and") !== (lead === "between")) return null;
  const last = Number(m[2]);
  return isSpan(year, last) ? { last, end: WORDED_END.lastIndex } : null;
}
