// All-number dates with the year last: "14/02/2024", "14.02.2024", "02/14/2024", "3-4-2024". The year must have
// four digits, so fractions ("3/4 of"), scores ("2-1") and versions ("1.2.3") are never dates.
import type { DateDraft } from "../../types.ts";
import { isCalendarDay } from "./calendar.ts";
import { wordBefore } from "./context.ts";
import { dayValue } from "./date-value.ts";
import { type DateResolution, type NumericOrder, type Scan, dateDraft } from "./draft.ts";
import { NUMBER_LABELS } from "./lexicon.ts";

// One separator throughout; nothing numeric may continue the year ("1.2.2024.5", "14/02/2024/7").
const NUMERIC_DATE = /(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\dA-Za-z]|[./-]\d)/y;
// The same shape anywhere in a text, for learning its order; the lookbehind keeps "1.14.02.2024" out.
const ANY_NUMERIC_DATE = /(?<![\dA-Za-z]|\d[./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\dA-Za-z]|[./-]\d)/g;

// Numeric dates are read for the years news writes about; "12.10.1066" is more likely a code than a date.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

const isSeparator = (c: number): boolean => c === 0x2f || c === 0x2e || c === 0x2d;
const isLetter = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;

/** How the text's unambiguous numeric dates are written: all day first, all month first, or neither. */
function orderOfText(text: string): NumericOrder {
  let dayFirst = false;
  let monthFirst = false;
  const re = new RegExp(ANY_NUMERIC_DATE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (first > 12 && isCalendarDay(year, second, first)) dayFirst = true;
    else if (second > 12 && isCalendarDay(year, first, second)) monthFirst = true;
  }
  if (dayFirst === monthFirst) return "unknown";
  return dayFirst ? "day first" : "month first";
}

function numericOrder(scan: Scan): NumericOrder {
  scan.numericOrder ??= orderOfText(scan.text);
  return scan.numericOrder;
}

const AMBIGUOUS_READINGS: Readonly<Record<NumericOrder, DateResolution>> = {
  "day first": "numeric date read day first, as elsewhere in the text",
  "month first": "numeric date read month first, as elsewhere in the text",
  unknown: "numeric date read day first by default",
};

/**
 * "14/02/2024" (day first: 14 cannot be a month), "02/14/2024" (month first), and "03/04/2024", which could be
 * either: it is the document date if one order makes it so, else it follows the text's other numeric dates, else
 * it reads day first; its resolution says which.
 */
export function fromNumericDate(scan: Scan, at: number): DateDraft | null {
  const { text } = scan;
  // Cheap gate: a separator must follow the first one or two digits.
  if (!isSeparator(text.charCodeAt(at + 1)) && !isSeparator(text.charCodeAt(at + 2))) return null;
  if (at > 0 && isLetter(text.charCodeAt(at - 1))) return null;
  NUMERIC_DATE.lastIndex = at;
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const label = wordBefore(text, at);
  if (label && NUMBER_LABELS.has(label.lower)) return null;
  const end = NUMERIC_DATE.lastIndex;
  if (first > 12) return isCalendarDay(year, second, first) ? absolute(at, end, year, second, first) : null;
  if (second > 12) return isCalendarDay(year, first, second) ? absolute(at, end, year, first, second) : null;
  if (first === second) return absolute(at, end, year, first, second);
  // A dateline or stamp that is the document date in one order settles it ("03/04/2024" on 4 March 2024).
  const { documentDate } = scan;
  if (documentDate?.year === year) {
    const monthFirst = documentDate.month === first && documentDate.day === second;
    if (monthFirst || (documentDate.month === second && documentDate.day === first)) {
      return dateDraft(at, end, dayValue(documentDate), "numeric date order from document date");
    }
  }
  const order = numericOrder(scan);
  const [month, day] = order === "month first" ? [first, second] : [second, first];
  if (!isCalendarDay(year, month, day)) return null;
  return dateDraft(at, end, dayValue({ year, month, day }), AMBIGUOUS_READINGS[order]);
}

function absolute(start: number, end: number, year: number, month: number, day: number): DateDraft | null {
  return dateDraft(start, end, dayValue({ year, month, day }), "absolute");
}
