// "has stolen $1.1 billion since 2017": the total runs from the date to the article, so the event's date is that
// stretch. The fact stays what the text names (the year 2017); only the event reads the "since" around it.
import type { DateFact, DateValue } from "../types.ts";
import { dateValue } from "../mentions/dates/date-value.ts";

const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid|the\s+(?:start|beginning|end)\s+of)[\s-]+)?$/i;
// "its first ICBM launch since April 13", "the largest theft since 2018": the date is the last time, not a start.
const LAST_TIME = /\b(?:first|largest|biggest|highest|longest|most|only)\b[^.;]*\bsince\s+[^.;]*$/i;

/** The article's last day, written at `precision`. */
function endAt(published: DateValue, precision: "day" | "month" | "year"): string {
  const day = published.last;
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : day.slice(0, 4);
}

/**
 * The event date a date fact gives: the stretch from it to the article's date when the text says "since" before it,
 * else its own date.
 * @example
 * // "stolen since 2017" in an article of 2 October 2023 → { iso: "2017/2023", precision: "interval", … }
 */
export function eventDateOf(text: string, date: DateFact, published: DateValue | null): DateValue {
  const own = date.date;
  if (!published || own.precision === "interval" || own.last >= published.first) return own;
  const before = text.slice(Math.max(0, date.start - 80), date.start);
  if (!SINCE_BEFORE.test(before) || LAST_TIME.test(before)) return own;
  return dateValue(`${own.iso}/${endAt(published, own.precision)}`) ?? own;
}
