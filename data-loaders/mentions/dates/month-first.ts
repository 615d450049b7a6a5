// Dates that start with a month name: "December 13, 2022", "Dec. 13", "March 2022", "June last year", "in May".
import type { DateDraft } from "../../types.ts";
import { isCalendarDay } from "./calendar.ts";
import { type Word, closeBehind, countsSomething, lowerWordAfter, wordBefore } from "./context.ts";
import { dayValue, monthValue } from "./date-value.ts";
import { type Scan, dateDraft } from "./draft.ts";
import {
  CHAIN_WORDS,
  FULL_MONTH_NAMES,
  MAY_LEADS,
  MONTH_LEADS,
  MONTH_TOKEN_SOURCE,
  SPACE,
  THIRDS,
  monthNumber,
} from "./lexicon.ts";
import { thirdOfMonth } from "./periods.ts";
import { monthAfter, monthBefore } from "./resolve.ts";
import { placeYearlessDay, placeYearlessMonth } from "./future-cue.ts";

const MONTH = new RegExp(`(${MONTH_TOKEN_SOURCE})`, "y");
const DAY = new RegExp(`${SPACE}*(\\d{1,2})(?:st|nd|rd|th)?(?![\\dA-Za-z])`, "y");
const YEAR_AFTER_DAY = new RegExp(`,?${SPACE}*(\\d{4})(?![\\dA-Za-z])`, "y");
const YEAR = new RegExp(`,?${SPACE}+(?:of${SPACE}+)?(\\d{4})(?![\\dA-Za-z])`, "y");
const NEAR_YEAR = new RegExp(`${SPACE}+(?:of${SPACE}+)?(last|this|next)${SPACE}+year(?![A-Za-z])`, "y");
const POSSESSIVE = /['’]s(?![A-Za-z])/y;

const YEAR_OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** "December 13, 2022", "Dec. 13, 2022", "Nov 6" (year from the document date). */
function monthAndDay(scan: Scan, at: number, month: number, from: number, lead: Word | null): DateDraft | null {
  const { text, documentDate } = scan;
  const d = sticky(DAY, text, from);
  if (!d) return null;
  const day = Number(d[1]);
  const dayEnd = DAY.lastIndex;
  const y = sticky(YEAR_AFTER_DAY, text, dayEnd);
  // "May 15, 2000 people": a number after the day that counts something is not its year.
  if (y && !countsSomething(text, YEAR_AFTER_DAY.lastIndex)) {
    const year = Number(y[1]);
    if (!isCalendarDay(year, month, day)) return null;
    return dateDraft(at, YEAR_AFTER_DAY.lastIndex, dayValue({ year, month, day }), "absolute");
  }
  // "in March 23 ballistic missiles were fired": the number is a count, not a day (a day takes "on").
  if (!documentDate || countsSomething(text, dayEnd)) return null;
  if (lead?.lower === "in" && lowerWordAfter(text, dayEnd) !== null) return null;
  const placed = placeYearlessDay(text, lead?.start ?? at, documentDate, month, day);
  return placed && dateDraft(at, dayEnd, dayValue(placed.date), placed.resolution);
}

/** "March 2022", "March of 2022", "early March 2022". */
function monthAndYear(scan: Scan, at: number, month: number, from: number, lead: Word | null): DateDraft | null {
  const { text } = scan;
  const y = sticky(YEAR, text, from);
  if (!y || countsSomething(text, YEAR.lastIndex)) return null;
  const year = Number(y[1]);
  const third = lead ? THIRDS[lead.lower] : undefined;
  if (!lead || third === undefined) return dateDraft(at, YEAR.lastIndex, monthValue(year, month), "absolute");
  return dateDraft(lead.start, YEAR.lastIndex, thirdOfMonth(year, month, third), "absolute");
}

/** "June last year", "March next year", "May of this year". */
function monthOfNearYear(scan: Scan, at: number, month: number, from: number, lead: Word | null): DateDraft | null {
  const { text, documentDate } = scan;
  if (!documentDate) return null;
  const n = sticky(NEAR_YEAR, text, from);
  if (!n) return null;
  const year = documentDate.year + YEAR_OFFSETS[n[1]];
  const third = lead ? THIRDS[lead.lower] : undefined;
  if (!lead || third === undefined) {
    return dateDraft(at, NEAR_YEAR.lastIndex, monthValue(year, month), "relative to document date");
  }
  return dateDraft(lead.start, NEAR_YEAR.lastIndex, thirdOfMonth(year, month, third), "relative to document date");
}

/** "in March", "since June", "last March", "early May": a full month name after a word that introduces it. */
function bareMonth(scan: Scan, at: number, name: string, month: number, lead: Word | null): DateDraft | null {
  const { text, documentDate } = scan;
  if (!documentDate || !lead || !FULL_MONTH_NAMES.has(name)) return null;
  const end = at + name.length;
  const leads = name === "May" ? MAY_LEADS : MONTH_LEADS;
  const chained = CHAIN_WORDS.has(lead.lower) && closeBehind(text, scan.previousEnd, lead.start);
  if (!leads.has(lead.lower) && !chained) return null;
  // "in May's government": a possessive month name is a person.
  if (name === "May" && sticky(POSSESSIVE, text, end)) return null;
  if (lead.lower === "last" || lead.lower === "next" || lead.lower === "this") {
    const target =
      lead.lower === "last"
        ? monthBefore(documentDate, month)
        : lead.lower === "next"
          ? monthAfter(documentDate, month)
          : { year: documentDate.year, month };
    return dateDraft(lead.start, end, monthValue(target.year, target.month), "relative to document date");
  }
  const { date, resolution } = placeYearlessMonth(text, lead.start, documentDate, month);
  const { year } = date;
  const third = THIRDS[lead.lower];
  if (third !== undefined) return dateDraft(lead.start, end, thirdOfMonth(year, month, third), resolution);
  return dateDraft(at, end, monthValue(year, month), resolution);
}

const DAY_NUMBER_BEFORE = /\d(?:st|nd|rd|th)?[ \t\u00a0]*(?:of[ \t\u00a0]+)?$/;

/** Whether a day number comes just before: the digits already had their chance ("31 April 2021" is no date). */
function followsDayNumber(text: string, at: number): boolean {
  return at > 0 && DAY_NUMBER_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/** Any date that starts with a capitalized month name at `at`. */
export function fromMonthName(scan: Scan, at: number): DateDraft | null {
  const { text } = scan;
  const m = sticky(MONTH, text, at);
  if (!m) return null;
  const name = m[1];
  const month = monthNumber(name) ?? 0;
  const from = MONTH.lastIndex;
  if (followsDayNumber(text, at)) return null;
  const lead = wordBefore(text, at);
  return (
    monthAndDay(scan, at, month, from, lead) ??
    monthAndYear(scan, at, month, from, lead) ??
    monthOfNearYear(scan, at, month, from, lead) ??
    bareMonth(scan, at, name, month, lead)
  );
}
