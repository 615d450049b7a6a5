// DateValue builders. Each returns null rather than throwing when the parts are not a real calendar date,
// so that arithmetic near the edges of the calendar (a document dated 9999) drops a date instead of crashing.
import type { DateValue } from "../../types.ts";
import {
  type CalendarDay,
  type CalendarMonth,
  compareDays,
  formatDay,
  formatMonth,
  formatYear,
  isCalendarDay,
  isCalendarMonth,
  isCalendarYear,
  lastDayOfMonth,
  parseDay,
} from "./calendar.ts";

/**
 * A single day, from "YYYY-MM-DD" or from its parts; null when it is not a real day.
 * @example
 * dayValue("2022-11-24") // → { iso: "2022-11-24", precision: "day", first: "2022-11-24", last: "2022-11-24" }
 */
export function dayValue(date: string | CalendarDay): DateValue | null {
  const day = typeof date === "string" ? parseDay(date) : date;
  if (!day || !isCalendarDay(day.year, day.month, day.day)) return null;
  const iso = formatDay(day);
  return { iso, precision: "day", first: iso, last: iso };
}

/**
 * A calendar month; null when it is not one.
 * @example
 * monthValue(2024, 2) // → { iso: "2024-02", precision: "month", first: "2024-02-01", last: "2024-02-29" }
 */
export function monthValue(year: number, month: number): DateValue | null {
  if (!isCalendarMonth(year, month)) return null;
  const iso = formatMonth({ year, month });
  return { iso, precision: "month", first: `${iso}-01`, last: formatDay(lastDayOfMonth(year, month)) };
}

/**
 * A calendar year (1000–9999); null outside that range.
 * @example
 * yearValue(2019) // → { iso: "2019", precision: "year", first: "2019-01-01", last: "2019-12-31" }
 */
export function yearValue(year: number): DateValue | null {
  if (!isCalendarYear(year)) return null;
  const iso = formatYear(year);
  return { iso, precision: "year", first: `${iso}-01-01`, last: `${iso}-12-31` };
}

/**
 * A stretch of whole months, such as the first half of a year; null when `from` comes after `to`.
 * @example
 * monthIntervalValue({ year: 2022, month: 1 }, { year: 2022, month: 6 })
 * // → { iso: "2022-01/2022-06", precision: "interval", first: "2022-01-01", last: "2022-06-30" }
 */
export function monthIntervalValue(from: CalendarMonth, to: CalendarMonth): DateValue | null {
  if (!isCalendarMonth(from.year, from.month) || !isCalendarMonth(to.year, to.month)) return null;
  if (from.year * 12 + from.month > to.year * 12 + to.month) return null;
  const iso = `${formatMonth(from)}/${formatMonth(to)}`;
  return {
    iso,
    precision: "interval",
    first: `${formatMonth(from)}-01`,
    last: formatDay(lastDayOfMonth(to.year, to.month)),
  };
}

/**
 * A stretch of whole years, such as the Korean War's "1950-1953"; null when `from` comes after `to`.
 * @example
 * yearIntervalValue(1950, 1953) // → { iso: "1950/1953", precision: "interval", first: "1950-01-01", last: "1953-12-31" }
 */
export function yearIntervalValue(from: number, to: number): DateValue | null {
  const [first, last] = [yearValue(from), yearValue(to)];
  if (!first || !last || from > to) return null;
  return { iso: `${first.iso}/${last.iso}`, precision: "interval", first: first.first, last: last.last };
}

/**
 * A stretch of days, such as a week; null when `first` comes after `last`.
 * @example
 * dayIntervalValue({ year: 2022, month: 11, day: 21 }, { year: 2022, month: 11, day: 27 })
 * // → { iso: "2022-11-21/2022-11-27", precision: "interval", first: "2022-11-21", last: "2022-11-27" }
 */
export function dayIntervalValue(first: CalendarDay, last: CalendarDay): DateValue | null {
  if (!isCalendarDay(first.year, first.month, first.day) || !isCalendarDay(last.year, last.month, last.day)) {
    return null;
  }
  if (compareDays(first, last) > 0) return null;
  const [from, to] = [formatDay(first), formatDay(last)];
  return { iso: `${from}/${to}`, precision: "interval", first: from, last: to };
}

const ISO_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** One side of an ISO string, as the precision it is written at and its first and last day. */
function isoPart(text: string): { precision: "day" | "month" | "year"; value: DateValue } | null {
  const m = ISO_PART.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const value = dayValue(text);
    return value && { precision: "day", value };
  }
  if (m[2] !== undefined) {
    const value = monthValue(year, Number(m[2]));
    return value && { precision: "month", value };
  }
  const value = yearValue(year);
  return value && { precision: "year", value };
}

/**
 * Reads an ISO string at any precision the pipeline writes ("2022-03-14", "2022-03", "2022", "2022-01/2022-06",
 * "2022-11-21/2022-11-27"); null when it is not one.
 * @example
 * dateValue("2022-01/2022-06") // → { iso: "2022-01/2022-06", precision: "interval", first: "2022-01-01", last: "2022-06-30" }
 */
export function dateValue(iso: string): DateValue | null {
  const slash = iso.indexOf("/");
  if (slash < 0) return isoPart(iso)?.value ?? null;
  const from = isoPart(iso.slice(0, slash));
  const to = isoPart(iso.slice(slash + 1));
  if (!from || !to || from.precision !== to.precision || from.value.first > to.value.last) return null;
  return { iso, precision: "interval", first: from.value.first, last: to.value.last };
}
