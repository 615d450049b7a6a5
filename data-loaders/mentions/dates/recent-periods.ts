// Stretches that end at the document date: "over the past five years", "in the last decade", "the past 18 months".
import type { DateDraft, DateValue } from "../../types.ts";
import { parseNumber } from "../number-words.ts";
import { addDays, addMonths, type CalendarDay } from "./calendar.ts";
import { dayIntervalValue, monthIntervalValue, yearIntervalValue } from "./date-value.ts";
import { type Scan, dateDraft } from "./draft.ts";
import { SPACE } from "./lexicon.ts";

// Read back from the unit: "the past" or "the last" ("the previous two years" counts back from a date the text gave
// earlier, not from the article), then an optional number in digits or words ("five", "twenty-one").
const LOOKBACK = 48;
const LEAD = new RegExp(
  `(?:^|[^A-Za-z])([Tt]he${SPACE}+(?:past|last)${SPACE}+)(?:(\\d{1,3}|[a-z]+(?:-[a-z]+)?)${SPACE}+)?$`,
);
// "the last five years of his rule" is a stretch of something else, not of the time before the article.
const OF_AFTER = new RegExp(`${SPACE}+of${SPACE}`, "y");
const MAX_COUNT = 100;

/** The stretch of `count` units ending at the document date, at the precision the unit gives. */
function stretch(day: CalendarDay, unit: string, count: number): DateValue | null {
  switch (unit) {
    case "year":
      return yearIntervalValue(day.year - count, day.year);
    case "decade":
      return yearIntervalValue(day.year - 10 * count, day.year);
    case "month": {
      const from = addMonths(day, -count);
      return monthIntervalValue(from, day);
    }
    case "week":
      return dayIntervalValue(addDays(day, -7 * count), day);
    default:
      return null;
  }
}

/**
 * "the past five years", "the last decade", "the past 18 months", "the past two weeks": a stretch counted back from
 * the document date. Years and decades are read to the year, months to the month. "The past year" is left alone:
 * read to the year it would cover twice the time it says.
 */
export function fromRecentPeriod(scan: Scan, at: number, trigger: string): DateDraft | null {
  const { text, documentDate } = scan;
  if (!documentDate) return null;
  const plural = trigger.endsWith("s");
  const unit = plural ? trigger.slice(0, -1) : trigger;
  if (!plural && unit !== "decade") return null;
  const lead = LEAD.exec(text.slice(Math.max(0, at - LOOKBACK), at));
  if (!lead) return null;
  let count = 1;
  if (lead[2] !== undefined) {
    const n = parseNumber(lead[2]);
    if (!plural || n === null || !Number.isInteger(n) || n < 2 || n > MAX_COUNT) return null;
    count = n;
  } else if (plural) return null;
  const end = at + trigger.length;
  OF_AFTER.lastIndex = end;
  if (OF_AFTER.test(text)) return null;
  const start = at - lead[0].length + lead[0].indexOf(lead[1]);
  return dateDraft(start, end, stretch(documentDate, unit, count), "relative to document date");
}
