// Placing partial dates relative to the document date. News reports what has happened, so a month or day
// without a year is read as the latest one at or before the document date ("in March" in a November article
// is this March; in a February article, last March).
import {
  type CalendarDay,
  type CalendarMonth,
  addDays,
  addMonths,
  compareDays,
  isCalendarDay,
  startOfWeek,
  weekday,
} from "./calendar.ts";

/** The latest `month` at or before the document's month. */
export function monthAtOrBefore(documentDate: CalendarDay, month: number): CalendarMonth {
  return { year: month <= documentDate.month ? documentDate.year : documentDate.year - 1, month };
}

/** The first `month` at or after the document's month: "will hold talks in September". */
export function monthAtOrAfter(documentDate: CalendarDay, month: number): CalendarMonth {
  return { year: month >= documentDate.month ? documentDate.year : documentDate.year + 1, month };
}

/** "last March": the latest March strictly before the document's month. */
export function monthBefore(documentDate: CalendarDay, month: number): CalendarMonth {
  return { year: month < documentDate.month ? documentDate.year : documentDate.year - 1, month };
}

/** "next March": the first March strictly after the document's month. */
export function monthAfter(documentDate: CalendarDay, month: number): CalendarMonth {
  return { year: month > documentDate.month ? documentDate.year : documentDate.year + 1, month };
}

// February 29 recurs every four years, or eight across a skipped century leap year.
const LEAP_SEARCH_YEARS = 8;

/**
 * The `month`/`day` nearest the document date on one side of it, counting the document date itself: the latest at or
 * before it (`step` -1) or the first at or after it (`step` 1). Null when no such day exists ("February 30").
 */
function dayOnSide(documentDate: CalendarDay, month: number, day: number, step: 1 | -1): CalendarDay | null {
  for (let k = 0; k <= LEAP_SEARCH_YEARS; k += 1) {
    const year = documentDate.year + step * k;
    if (!isCalendarDay(year, month, day)) continue;
    const date = { year, month, day };
    if (compareDays(date, documentDate) * step >= 0) return date;
  }
  return null;
}

/** The latest `month`/`day` at or before the document date; null when no such day exists ("February 30"). */
export function dayAtOrBefore(documentDate: CalendarDay, month: number, day: number): CalendarDay | null {
  return dayOnSide(documentDate, month, day, -1);
}

/** The first `month`/`day` at or after the document date: "by July 5" (null when no such day exists). */
export function dayAtOrAfter(documentDate: CalendarDay, month: number, day: number): CalendarDay | null {
  return dayOnSide(documentDate, month, day, 1);
}

/** "on the 24th": that day of the document's month, or of the latest earlier month that has it. */
export function dayOfMonthAtOrBefore(documentDate: CalendarDay, day: number): CalendarDay | null {
  for (let back = 0; back <= 12; back += 1) {
    const { year, month } = addMonths(documentDate, -back);
    if (!isCalendarDay(year, month, day)) continue;
    const date = { year, month, day };
    if (compareDays(date, documentDate) <= 0) return date;
  }
  return null;
}

/** "on Tuesday": the latest Tuesday at or before the document date; `strict` skips the document date itself. */
export function weekdayAtOrBefore(documentDate: CalendarDay, day: number, strict: boolean): CalendarDay {
  const back = (weekday(documentDate) - day + 7) % 7;
  return addDays(documentDate, back === 0 && strict ? -7 : -back);
}

/** "next Tuesday": the first Tuesday strictly after the document date. */
export function weekdayAfter(documentDate: CalendarDay, day: number): CalendarDay {
  const ahead = (day - weekday(documentDate) + 7) % 7;
  return addDays(documentDate, ahead === 0 ? 7 : ahead);
}

/** "this Friday": that weekday in the document's Monday-to-Sunday week. */
export function weekdayThisWeek(documentDate: CalendarDay, day: number): CalendarDay {
  return addDays(startOfWeek(documentDate), (day + 6) % 7);
}

/** Monday and Sunday of the week `offset` weeks from the document's week. */
export function weekAround(documentDate: CalendarDay, offset: number): [CalendarDay, CalendarDay] {
  const monday = addDays(startOfWeek(documentDate), offset * 7);
  return [monday, addDays(monday, 6)];
}
