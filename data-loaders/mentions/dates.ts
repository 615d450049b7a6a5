// Dates in news text, resolved against the document's publication date.
// A date's span covers the date words themselves: a leading preposition ("on", "in", "since") is left out, while
// an article or modifier that is part of the date is kept ("the 24th", "last week", "early 2023"). A span of
// years leaves its opening word out too: "from 2017 to 2019" quotes "2017 to 2019".
import type { DateDraft } from "../types.ts";
import { parseDay } from "./dates/calendar.ts";
import { scanDates } from "./dates/scan.ts";

export type { DateResolution } from "./dates/draft.ts";
export { DATE_RESOLUTIONS, TEXT_ONLY_RESOLUTIONS } from "./dates/draft.ts";
export { DATE_GATE_WORDS } from "./dates/scan.ts";
export {
  dateValue,
  dayIntervalValue,
  dayValue,
  monthIntervalValue,
  monthValue,
  yearIntervalValue,
  yearValue,
} from "./dates/date-value.ts";

export interface DateOptions {
  /** The document's publication date, "YYYY-MM-DD", or null when unknown (then only dates with a year are read). */
  documentDate: string | null;
  /** Where a lead gate holding `DATE_GATE_WORDS` found date triggers, when the caller ran one (see `scanDates`). */
  starts?: readonly number[];
}

/**
 * Finds the dates a text mentions and resolves each to a DateValue at the precision the text gives: absolute
 * dates as written; months, weekdays, quarters ("in Q4") and "last year" against `documentDate`, leaning to the
 * past as news does. An all-number date whose order is ambiguous ("03/04/2024") follows the text's other numeric
 * dates, else reads day first; its `resolution` says which.
 * Offsets are UTF-16 indices into `text`. Throws a TypeError only for a malformed `documentDate`.
 * @example
 * extractDates("Kim met Putin on Thursday in Vladivostok.", { documentDate: "2019-04-27" })
 * // → [{ kind: "date", start: 17, end: 25, value: "2019-04-25", resolution: "weekday before document date", … }]
 */
export function extractDates(text: string, options: DateOptions): DateDraft[] {
  const { documentDate } = options;
  const day = documentDate === null ? null : parseDay(documentDate);
  if (documentDate !== null && !day) throw new TypeError(`invalid documentDate: ${documentDate}`);
  return scanDates(text, day, options.starts);
}
