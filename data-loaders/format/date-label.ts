import type { DateValue } from "../types.ts";

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

/** A date in words at its precision: "4 November 2025", "March 2022", "2022", "January–June 2022". */
export function dateLabel(date: DateValue | null): string {
  if (!date) return "undated";
  const [y1, m1, d1] = parts(date.first);
  const [y2, m2] = parts(date.last);
  switch (date.precision) {
    case "day":
      return `${d1} ${m1} ${y1}`;
    case "month":
      return `${m1} ${y1}`;
    case "year":
      return String(y1);
    case "interval":
      return y1 === y2 ? `${m1}–${m2} ${y1}` : `${m1} ${y1}–${m2} ${y2}`;
  }
}
