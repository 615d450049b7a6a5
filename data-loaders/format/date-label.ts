import type { DateValue } from "../types.ts";
import { daysInMonth } from "../mentions/dates/calendar.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(day: string): [number, string, number] {
  const [y, m, d] = day.split("-").map(Number);
  return [y, MONTHS[m - 1], d];
}

function isMonthEnd(day: string): boolean {
  const [y, m, d] = day.split("-").map(Number);
  return daysInMonth(y, m) === d;
}

/** A stretch in words, as coarse as its ends allow: "2017–2023", "January–June 2022", "21–27 November 2022". */
function intervalLabel(first: string, last: string): string {
  const [y1, m1, d1] = parts(first);
  const [y2, m2, d2] = parts(last);
  if (first.endsWith("-01-01") && last.endsWith("-12-31")) return y1 === y2 ? String(y1) : `${y1}–${y2}`;
  if (d1 === 1 && isMonthEnd(last)) {
    if (y1 !== y2) return `${m1} ${y1}–${m2} ${y2}`;
    return m1 === m2 ? `${m1} ${y1}` : `${m1}–${m2} ${y1}`;
  }
  if (y1 !== y2) return `${d1} ${m1} ${y1}–${d2} ${m2} ${y2}`;
  return m1 === m2 ? `${d1}–${d2} ${m1} ${y1}` : `${d1} ${m1}–${d2} ${m2} ${y1}`;
}

/** A date in words at its precision: "4 November 2025", "March 2022", "2022", "January–June 2022", "2017–2023". */
export function dateLabel(date: DateValue | null): string {
  if (!date) return "undated";
  const [y1, m1, d1] = parts(date.first);
  switch (date.precision) {
    case "day":
      return `${d1} ${m1} ${y1}`;
    case "month":
      return `${m1} ${y1}`;
    case "year":
      return String(y1);
    case "interval":
      return intervalLabel(date.first, date.last);
  }
}
