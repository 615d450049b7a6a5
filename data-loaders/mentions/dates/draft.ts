// The shape every recognizer returns, and the state they share while one text is scanned.
import type { DateDraft, DateValue } from "../../types.ts";
import type { CalendarDay } from "./calendar.ts";
import { datedDraft } from "../fact-shape.ts";

/**
 * How a date was resolved, in words:
 * - "absolute": the text gives the year (and month and day, as far as its precision goes).
 * - "year from document date": a month or day without a year ("in March", "Nov 6"), placed in the most recent
 *   year that puts it at or before the document date.
 * - "year ahead of document date": the same, when the words before it speak of the future ("will meet in
 *   September", "by July 5", "expires in April"): the first year that puts it at or after the document date.
 * - "day of month from document date": "on the 24th", in the document's month or the latest month before it.
 * - "weekday before document date": "on Tuesday", the latest such day at or before the document date (the
 *   document's own weekday is the document date); "last Tuesday" is strictly before it.
 * - "weekday after document date": "next Tuesday".
 * - "relative to document date": counted from the document date ("yesterday", "last week", "this year",
 *   "June last year", "the 14th of last month", "the first half of this year", "last quarter").
 * - "quarter from document date": a quarter without a year ("in Q4", "the fourth quarter"), placed in the most
 *   recent year in which it had begun by the document date.
 * - "numeric date order from document date" and the "numeric date read …" notes: "03/04/2024", whose numbers
 *   could be day-month or month-day. It is the document date when one order makes it so; otherwise it is read
 *   month first only when the text's unambiguous numeric dates are all month first ("02/14/2024"), day first
 *   when they are day first, and day first by default when the text has none.
 */
export type DateResolution =
  | "absolute"
  | "year from document date"
  | "year ahead of document date"
  | "day of month from document date"
  | "weekday before document date"
  | "weekday after document date"
  | "relative to document date"
  | "quarter from document date"
  | "numeric date order from document date"
  | "numeric date read day first, as elsewhere in the text"
  | "numeric date read month first, as elsewhere in the text"
  | "numeric date read day first by default";

export const DATE_RESOLUTIONS: readonly DateResolution[] = [
  "absolute",
  "year from document date",
  "year ahead of document date",
  "day of month from document date",
  "weekday before document date",
  "weekday after document date",
  "relative to document date",
  "quarter from document date",
  "numeric date order from document date",
  "numeric date read day first, as elsewhere in the text",
  "numeric date read month first, as elsewhere in the text",
  "numeric date read day first by default",
];

/** Resolutions that do not use the document date: the text alone places these dates. */
export const TEXT_ONLY_RESOLUTIONS: readonly DateResolution[] = [
  "absolute",
  "numeric date read day first, as elsewhere in the text",
  "numeric date read month first, as elsewhere in the text",
  "numeric date read day first by default",
];

/** How the text writes its numeric dates, learned from the unambiguous ones ("14/02/2024", "02/14/2024"). */
export type NumericOrder = "day first" | "month first" | "unknown";

export interface Scan {
  text: string;
  /** Null when the publication date is unknown: then only absolute dates are read. */
  documentDate: CalendarDay | null;
  /** End of the last date accepted, for lists such as "between 2018 and 2020". */
  previousEnd: number;
  /** Found once per text, and only when an ambiguous numeric date ("03/04/2024") asks for it. */
  numericOrder?: NumericOrder;
}

export function dateDraft(
  start: number,
  end: number,
  date: DateValue | null,
  resolution: DateResolution,
): DateDraft | null {
  if (!date) return null;
  return datedDraft(start, end, date, resolution);
}
