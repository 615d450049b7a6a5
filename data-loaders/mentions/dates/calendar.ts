// Calendar arithmetic on plain { year, month, day } values. date-fns does the arithmetic; UTCDate makes it
// independent of the process time zone, so a date never shifts by a day on a machine east or west of UTC.
import { UTCDate } from "@date-fns/utc";
import { addDays as addDaysFns, getDay, getDaysInMonth, startOfISOWeek } from "date-fns";

/** A calendar day; `month` runs 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A calendar month; `month` runs 1–12. */
export interface CalendarMonth {
  year: number;
  month: number;
}

// Four-digit years only: ISO strings at every precision stay the same length, and UTCDate maps 0–99 to 1900s.
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

function toUTCDate({ year, month, day }: CalendarDay): UTCDate {
  return new UTCDate(year, month - 1, day);
}

function fromUTCDate(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isCalendarYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function isCalendarMonth(year: number, month: number): boolean {
  return isCalendarYear(year) && Number.isInteger(month) && month >= 1 && month <= 12;
}

// Month lengths are asked for on every date built; remember them rather than build a Date each time.
const monthLengths = new Map<number, number>();

export function daysInMonth(year: number, month: number): number {
  const key = year * 12 + month;
  let length = monthLengths.get(key);
  if (length === undefined) {
    length = getDaysInMonth(new UTCDate(year, month - 1, 1));
    monthLengths.set(key, length);
  }
  return length;
}

export function isCalendarDay(year: number, month: number, day: number): boolean {
  return isCalendarMonth(year, month) && Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

/** Reads "YYYY-MM-DD"; null when the string is not a real day. */
export function parseDay(iso: string): CalendarDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDay(year, month, day) ? { year, month, day } : null;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function formatYear(year: number): string {
  return String(year).padStart(4, "0");
}

export function formatMonth({ year, month }: CalendarMonth): string {
  return `${formatYear(year)}-${pad2(month)}`;
}

export function formatDay(date: CalendarDay): string {
  return `${formatMonth(date)}-${pad2(date.day)}`;
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function addDays(date: CalendarDay, days: number): CalendarDay {
  return fromUTCDate(addDaysFns(toUTCDate(date), days));
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDay): number {
  return getDay(toUTCDate(date));
}

/** The Monday that starts the ISO week containing `date`. */
export function startOfWeek(date: CalendarDay): CalendarDay {
  return fromUTCDate(startOfISOWeek(toUTCDate(date)));
}

// Months are counted, not measured: whole-month steps need no calendar library.
export function addMonths({ year, month }: CalendarMonth, months: number): CalendarMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function lastDayOfMonth(year: number, month: number): CalendarDay {
  return { year, month, day: daysInMonth(year, month) };
}
