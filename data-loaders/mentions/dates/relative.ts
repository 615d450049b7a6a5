// Dates that only the document date can place: weekdays, "yesterday", "last week", "this year", "on the 24th".
import type { DateDraft } from "../../types.ts";
import { addDays, addMonths, isCalendarDay } from "./calendar.ts";
import { insideQuotation, isCapitalized, lowerWordAfter, wordBefore } from "./context.ts";
import { dayIntervalValue, dayValue, monthValue, yearValue } from "./date-value.ts";
import { type Scan, dateDraft } from "./draft.ts";
import {
  DAY_OF_MONTH_LEADS,
  MONTH_TOKEN_SOURCE,
  SPACE,
  THIRDS,
  WEEKDAY_NAME_SOURCE,
  WEEKDAY_NUMBERS,
} from "./lexicon.ts";
import { thirdOfMonth, thirdOfYear } from "./periods.ts";
import { dayOfMonthAtOrBefore, weekAround, weekdayAfter, weekdayAtOrBefore, weekdayThisWeek } from "./resolve.ts";

const OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

const WEEKDAY = new RegExp(`(${WEEKDAY_NAME_SOURCE})(?![A-Za-z])`, "y");
// "Tuesday, December 13, 2022": the full date that follows is read instead of the bare weekday.
const FULL_DATE_FOLLOWS = new RegExp(
  `,?${SPACE}+(?:the${SPACE}+)?(?:\\d{1,2}(?:st|nd|rd|th)?${SPACE}*(?:of${SPACE}+)?${MONTH_TOKEN_SOURCE}|` +
    `${MONTH_TOKEN_SOURCE}${SPACE}*\\d)`,
  "y",
);
// A capitalized word before a weekday makes it part of a name ("Good Friday"), unless it is one of these.
const WEEKDAY_LEADS: ReadonlySet<string> = new Set(["on", "last", "next", "this", "since", "by", "until", "from"]);

/** "on Tuesday", "Monday", "last Friday", "next Monday", "this Friday". */
export function fromWeekday(scan: Scan, at: number): DateDraft | null {
  const { text, documentDate } = scan;
  if (!documentDate) return null;
  WEEKDAY.lastIndex = at;
  const m = WEEKDAY.exec(text);
  if (!m) return null;
  const end = WEEKDAY.lastIndex;
  FULL_DATE_FOLLOWS.lastIndex = end;
  if (FULL_DATE_FOLLOWS.test(text)) return null;
  const day = WEEKDAY_NUMBERS[m[1]];
  const lead = wordBefore(text, at);
  if (lead && (lead.lower === "every" || lead.lower === "each")) return null;
  if (lead && isCapitalized(lead.text) && !WEEKDAY_LEADS.has(lead.lower)) return null;
  switch (lead?.lower) {
    case "last":
      return dateDraft(
        lead.start,
        end,
        dayValue(weekdayAtOrBefore(documentDate, day, true)),
        "weekday before document date",
      );
    case "next":
      return dateDraft(lead.start, end, dayValue(weekdayAfter(documentDate, day)), "weekday after document date");
    case "this":
      return dateDraft(lead.start, end, dayValue(weekdayThisWeek(documentDate, day)), "relative to document date");
    default:
      return dateDraft(at, end, dayValue(weekdayAtOrBefore(documentDate, day, false)), "weekday before document date");
  }
}

const DEICTIC = /(yesterday|Yesterday|today|Today|tonight|Tonight|tomorrow|Tomorrow)(?![A-Za-z])/y;
const DEICTIC_OFFSETS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

/**
 * "yesterday", "today", "tomorrow". Skipped inside quotations, where they mean the day the speaker spoke,
 * and after a capitalized word, where they are part of a name ("USA Today").
 */
export function fromDeicticDay(scan: Scan, at: number): DateDraft | null {
  const { text, documentDate } = scan;
  if (!documentDate) return null;
  DEICTIC.lastIndex = at;
  const m = DEICTIC.exec(text);
  if (!m) return null;
  const lead = wordBefore(text, at);
  if (isCapitalized(m[1]) && lead && isCapitalized(lead.text)) return null;
  if (insideQuotation(text, at)) return null;
  const offset = DEICTIC_OFFSETS[m[1].toLowerCase()];
  return dateDraft(at, DEICTIC.lastIndex, dayValue(addDays(documentDate, offset)), "relative to document date");
}

/** "last year", "this month", "next week", "earlier this year", "late last year". */
export function fromCalendarUnit(scan: Scan, at: number, unit: string): DateDraft | null {
  const { text, documentDate } = scan;
  if (!documentDate) return null;
  const which = wordBefore(text, at);
  if (!which) return null;
  const offset = OFFSETS[which.lower];
  if (offset === undefined) return null;
  const before = wordBefore(text, which.start);
  // "over the last year" is the past twelve months, not last calendar year.
  if (before?.lower === "the") return null;
  const end = at + unit.length;
  const third = before ? THIRDS[before.lower] : undefined;
  const softly = before?.lower === "earlier" || before?.lower === "later";
  const start = before && (third !== undefined || softly) ? before.start : which.start;
  if (unit === "year") {
    const year = documentDate.year + offset;
    const date = third === undefined ? yearValue(year) : thirdOfYear(year, third);
    return dateDraft(start, end, date, "relative to document date");
  }
  if (unit === "month") {
    const { year, month } = addMonths(documentDate, offset);
    const date = third === undefined ? monthValue(year, month) : thirdOfMonth(year, month, third);
    return dateDraft(start, end, date, "relative to document date");
  }
  const [monday, sunday] = weekAround(documentDate, offset);
  return dateDraft(softly ? start : which.start, end, dayIntervalValue(monday, sunday), "relative to document date");
}

const ORDINAL_DAY = /(\d{1,2})(?:st|nd|rd|th)(?![A-Za-z0-9])/y;
const OF_NEAR_MONTH = new RegExp(`${SPACE}+of${SPACE}+(last|this|next)${SPACE}+month(?![A-Za-z])`, "y");
// Words that may follow "on the 17th" in a sentence; any other lower-case word makes it an ordinal ("the 7th test").
const AFTER_DAY: ReadonlySet<string> = new Set(["and", "or", "to", "when", "at", "in", "as", "but", "while", "after"]);

/** "on the 24th" (the document's month, or the month before), "the 14th of last month". */
export function fromOrdinalDay(scan: Scan, at: number): DateDraft | null {
  const { text, documentDate } = scan;
  if (!documentDate) return null;
  ORDINAL_DAY.lastIndex = at;
  const m = ORDINAL_DAY.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const article = wordBefore(text, at);
  if (article?.lower !== "the" || day < 1 || day > 31) return null;
  OF_NEAR_MONTH.lastIndex = ORDINAL_DAY.lastIndex;
  const near = OF_NEAR_MONTH.exec(text);
  if (near) {
    const { year, month } = addMonths(documentDate, OFFSETS[near[1]]);
    if (!isCalendarDay(year, month, day)) return null;
    return dateDraft(
      article.start,
      OF_NEAR_MONTH.lastIndex,
      dayValue({ year, month, day }),
      "relative to document date",
    );
  }
  const lead = wordBefore(text, article.start);
  if (!lead || !DAY_OF_MONTH_LEADS.has(lead.lower)) return null;
  const end = ORDINAL_DAY.lastIndex;
  const next = lowerWordAfter(text, end);
  if (next !== null && !AFTER_DAY.has(next)) return null;
  const date = dayOfMonthAtOrBefore(documentDate, day);
  return date && dateDraft(article.start, end, dayValue(date), "day of month from document date");
}
