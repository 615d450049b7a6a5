// Whether the words before a date put it ahead of the document: "will hold talks in September", "must submit a plan by
// July 5", "whose mandate expires in April". News reports what has happened, so a month or day without a year is read
// as the latest one at or before the document date (resolve.ts), unless the sentence speaks of what is to come; the
// place* functions below place such dates by that rule.

import type { CalendarDay, CalendarMonth } from "./calendar.ts";
import type { DateResolution } from "./draft.ts";
import { dayAtOrAfter, dayAtOrBefore, monthAtOrAfter, monthAtOrBefore } from "./resolve.ts";

// How far back the cue may stand: the verb phrase the date belongs to, not the sentence's other clauses.
const REACH = 48;
const FUTURE =
  /(?:\b(?:will|shall|must|won['’]t|is\s+to|are\s+to|(?:is|are)\s+due|due\s+to|scheduled|set\s+(?:to|for)|plans?\s+to|planning\s+to|expected\s+to|expires?|upcoming|deadline)|['’]ll)\b/gi;
// A verb in the past between the cue and the date is the date's verb: "will investigate the hack that struck in May".
const PAST_AFTER_CUE = /\b(?:[a-z]+ed|struck|stole|took|was|were|had|said|told|began|fired|met|held)\b/i;

/** Whether the text before a date starting at `at` (in its sentence) speaks of the future. */
export function futureBefore(text: string, at: number): boolean {
  let from = Math.max(0, at - REACH);
  for (let k = at - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    // A sentence or clause boundary ends the look-back: ".", "!", "?", ";", a line break.
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) {
      from = k + 1;
      break;
    }
  }
  const before = text.slice(from, at);
  let cueEnd = -1;
  for (const m of before.matchAll(FUTURE)) cueEnd = m.index + m[0].length;
  return cueEnd >= 0 && !PAST_AFTER_CUE.test(before.slice(cueEnd));
}

type YearlessResolution = Extract<DateResolution, "year from document date" | "year ahead of document date">;

/** A date without a year, placed on the side of the document date the words before it point to. */
export interface Placed<T> {
  date: T;
  resolution: YearlessResolution;
}

/** A day without a year ("July 5"), whose words start at `at`: ahead of the document date or, by default, before. */
export function placeYearlessDay(
  text: string,
  at: number,
  documentDate: CalendarDay,
  month: number,
  day: number,
): Placed<CalendarDay> | null {
  const ahead = futureBefore(text, at);
  const date = ahead ? dayAtOrAfter(documentDate, month, day) : dayAtOrBefore(documentDate, month, day);
  return date && { date, resolution: ahead ? "year ahead of document date" : "year from document date" };
}

/** A month without a year ("in September"), whose words start at `at`, placed as `placeYearlessDay` places a day. */
export function placeYearlessMonth(
  text: string,
  at: number,
  documentDate: CalendarDay,
  month: number,
): Placed<CalendarMonth> {
  const ahead = futureBefore(text, at);
  return ahead
    ? { date: monthAtOrAfter(documentDate, month), resolution: "year ahead of document date" }
    : { date: monthAtOrBefore(documentDate, month), resolution: "year from document date" };
}
