// Parts of a year or month: halves, quarters, and early/mid/late thirds.
import type { DateDraft, DateValue } from "../../types.ts";
import { daysInMonth } from "./calendar.ts";
import { wordBefore } from "./context.ts";
import { dayIntervalValue, monthIntervalValue } from "./date-value.ts";
import { type Scan, dateDraft } from "./draft.ts";
import { SPACE } from "./lexicon.ts";
import { quarterWithoutYear } from "./quarters.ts";

/** Months of a part of a year: `part` counts from 1, `parts` is how many the year is cut into. */
function partOfYear(year: number, part: number, parts: number): DateValue | null {
  const months = 12 / parts;
  return monthIntervalValue({ year, month: (part - 1) * months + 1 }, { year, month: part * months });
}

/** "early 2023" = January–April, "mid-2023" = May–August, "late 2023" = September–December. */
export function thirdOfYear(year: number, third: number): DateValue | null {
  return partOfYear(year, third + 1, 3);
}

/** "early March" = days 1–10, "mid-March" = 11–20, "late March" = 21 to the month's end. */
export function thirdOfMonth(year: number, month: number, third: number): DateValue | null {
  if (month < 1 || month > 12) return null;
  const last = third === 2 ? daysInMonth(year, month) : third * 10 + 10;
  return dayIntervalValue({ year, month, day: third * 10 + 1 }, { year, month, day: last });
}

const HALVES: Readonly<Record<string, number>> = { first: 1, second: 2, latter: 2, last: 2 };
const QUARTERS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 };
const YEAR_OFFSETS: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

const WHICH_YEAR = new RegExp(
  `(?:${SPACE}+of)?${SPACE}+(?:(last|this|next)${SPACE}+year(?![A-Za-z])|(\\d{4})(?![\\dA-Za-z]))`,
  "y",
);

/**
 * "the first half of this year", "the second half of 2022", "the fourth quarter of last year"; and through
 * quarters.ts a quarter without its year ("the fourth quarter", "last quarter").
 */
export function fromPartOfYear(scan: Scan, at: number, trigger: string): DateDraft | null {
  const { text } = scan;
  const ordinal = wordBefore(text, at);
  if (!ordinal) return null;
  const parts = trigger === "half" ? 2 : 4;
  const part = (parts === 2 ? HALVES : QUARTERS)[ordinal.lower];
  WHICH_YEAR.lastIndex = at + trigger.length;
  const m = part === undefined ? null : WHICH_YEAR.exec(text);
  if (!m || part === undefined) return parts === 4 ? quarterWithoutYear(scan, ordinal, at + trigger.length) : null;
  const article = wordBefore(text, ordinal.start);
  const start = article?.lower === "the" ? article.start : ordinal.start;
  const end = WHICH_YEAR.lastIndex;
  if (m[2] !== undefined) return dateDraft(start, end, partOfYear(Number(m[2]), part, parts), "absolute");
  if (!scan.documentDate) return null;
  const year = scan.documentDate.year + YEAR_OFFSETS[m[1]];
  return dateDraft(start, end, partOfYear(year, part, parts), "relative to document date");
}
