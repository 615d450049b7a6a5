// DateValue → UTC instants. The pipeline's dates are days ("YYYY-MM-DD"); nothing here reads the local time zone.
import type { DatePrecision, DateValue } from "../../../data-loaders/types.ts";

const DAY_MS = 86_400_000;

export interface DayParts {
  year: number;
  month: number;
  day: number;
  isMonthEnd: boolean;
}

/** Year, month and day of "YYYY-MM-DD", or null when the string is not a real calendar day. */
export function dayParts(iso: unknown): DayParts | null {
  if (typeof iso !== "string") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const next = new Date(date.getTime() + DAY_MS);
  return { year, month, day, isMonthEnd: next.getUTCDate() === 1 };
}

/** Midnight UTC of "YYYY-MM-DD", or null. */
export function parseDay(iso: unknown): Date | null {
  const parts = dayParts(iso);
  return parts ? new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) : null;
}

export interface DateSpan {
  /** Midnight UTC of the first day covered. */
  start: Date;
  /** Midnight UTC after the last day covered (exclusive). */
  end: Date;
  precision: DatePrecision;
  /** True when the date names a single day, drawn as a dot rather than a span. */
  isDay: boolean;
}

// Fallback for records whose first/last are missing: read them from the ISO string itself.
function boundsFromIso(iso: unknown): [Date, Date] | null {
  if (typeof iso !== "string") return null;
  const [a, b = a] = iso.split("/");
  const lower = (s: string) => (/^\d{4}$/.test(s) ? `${s}-01-01` : /^\d{4}-\d{2}$/.test(s) ? `${s}-01` : s);
  const start = parseDay(lower(a));
  const upper = /^\d{4}$/.test(b) ? `${Number(b) + 1}-01-01` : /^\d{4}-\d{2}$/.test(b) ? null : b;
  let end: Date | null;
  if (upper === null) {
    const [y, m] = b.split("-").map(Number);
    end = new Date(Date.UTC(y, m, 1));
  } else {
    const last = parseDay(upper);
    end = last && /^\d{4}$/.test(b) ? last : last && new Date(last.getTime() + DAY_MS);
  }
  return start && end && end > start ? [start, end] : null;
}

/** The stretch of time a DateValue covers, or null when it has no usable date. */
export function spanOf(date: DateValue | null | undefined): DateSpan | null {
  if (!date || typeof date !== "object") return null;
  const first = parseDay(date.first);
  const last = parseDay(date.last);
  const bounds: [Date, Date] | null =
    first && last && last >= first ? [first, new Date(last.getTime() + DAY_MS)] : boundsFromIso(date.iso);
  if (!bounds) return null;
  const [start, end] = bounds;
  const precision: DatePrecision = date.precision ?? "day";
  const isDay = end.getTime() - start.getTime() <= DAY_MS;
  return { start, end, precision, isDay };
}

/** "YYYY-MM-DD" of a UTC instant. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Year of the first day a DateValue covers, or null. */
export function yearOf(date: DateValue | null | undefined): number | null {
  const span = spanOf(date);
  return span ? span.start.getUTCFullYear() : null;
}
