import type { CatalogEntry, DateDraft, DateValue, PublishedSource, Segments } from "../types.ts";
import { extractDates, TEXT_ONLY_RESOLUTIONS } from "../mentions/dates.ts";
import { dayValue } from "../mentions/dates/date-value.ts";
import { addDays, formatDay, parseDay } from "../mentions/dates/calendar.ts";
import { headerZone } from "./header-zone.ts";

export interface PublicationDate {
  published: DateValue | null;
  publishedSource: PublishedSource;
  textDate: DateValue | null;
  discrepancies: string[];
  /** How the date was settled when the text gave it only in part (a dateline without its year). */
  notes: string[];
}

const LABEL_WINDOW = 40;

/** The page header (the text before the body, see `headerZone`) and where a lead gate found date triggers in it. */
interface Header {
  text: string;
  dateStarts: readonly number[] | undefined;
}

/** The header of `text`; `dateStarts` are the gate's date starts over the whole text, when one was run. */
function headerOf(text: string, segments: Segments, dateStarts: readonly number[] | undefined): Header {
  const end = headerZone(segments).end;
  // In text order: the header's starts are the first few.
  let n = 0;
  while (dateStarts && n < dateStarts.length && dateStarts[n] < end) n++;
  return { text: text.slice(0, end), dateStarts: dateStarts?.slice(0, n) };
}

/** Day-precision dates the page header gives ("Publish Date: 27April 2019", "Seoul, Nov 6"). */
function headerDates(header: Header, documentDate: string | null): DateDraft[] {
  return extractDates(header.text, { documentDate, starts: header.dateStarts }).filter(
    (d) => d.date.precision === "day",
  );
}

function labelBefore(text: string, draft: DateDraft): string {
  return text.slice(Math.max(0, draft.start - LABEL_WINDOW), draft.start).toLowerCase();
}

/** Chooses the date a header most likely gives as the publication date when no curator has said. */
function pickTextDate(text: string, dates: DateDraft[]): DateDraft | null {
  const labelled = dates.find((d) => /publish|posted|released/.test(labelBefore(text, d)));
  if (labelled) return labelled;
  return dates.find((d) => !/updat|modif|edit/.test(labelBefore(text, d))) ?? dates[0] ?? null;
}

// An article looks ahead ("talks set for June 3") by weeks and back by years: a dateline without its year falls at most
// this long before the latest date its text gives with a year.
const LOOKAHEAD_DAYS = 60;
const YEARLESS = "year from document date";
// A leap year, so that "Feb. 29" is found too.
const ANY_DAY = "2000-12-31";

/** The latest day or month the text dates with its year ("March 3, 2024", "in May 2023"), or null. */
function latestDatedMention(text: string, dateStarts: readonly number[] | undefined): DateDraft | null {
  let latest: DateDraft | null = null;
  for (const d of extractDates(text, { documentDate: null, starts: dateStarts })) {
    if (d.date.precision !== "day" && d.date.precision !== "month") continue;
    if (!(TEXT_ONLY_RESOLUTIONS as readonly string[]).includes(d.resolution)) continue;
    if (!latest || d.date.last > latest.date.last) latest = d;
  }
  return latest;
}

/**
 * A header's day without a year ("SEOUL, May 8 (Yonhap)") put in the year its text implies: the first such day at
 * most LOOKAHEAD_DAYS before the latest date the text gives. The reader puts a yearless day on or before the
 * document date it is given, so that date is a year, less the lookahead, after the latest one.
 */
function yearlessHeaderDate(
  text: string,
  header: Header,
  dateStarts: readonly number[] | undefined,
): { draft: DateDraft; latest: DateDraft } | null {
  // Any reference finds whether there is such a day; the whole text is read for dates only when there is.
  if (!headerDates(header, ANY_DAY).some((d) => d.resolution === YEARLESS)) return null;
  const latest = latestDatedMention(text, dateStarts);
  const last = latest ? parseDay(latest.date.last) : null;
  if (!latest || !last) return null;
  const reference = formatDay(addDays(last, 365 - LOOKAHEAD_DAYS));
  const draft = headerDates(header, reference).find((d) => d.resolution === YEARLESS);
  return draft ? { draft, latest } : null;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
}

/**
 * Settles a document's publication date: the catalog's when the curator gave one, else the header's. A header day
 * without its year ("SEOUL, May 8") takes the year the text's own dates imply, and a note says so.
 * Every header date that disagrees with the catalog is reported, since page furniture (update stamps,
 * photo captions) often carries dates that are not the article's. `dateStarts`: see `DateOptions.starts`.
 */
export function publicationDate(
  text: string,
  segments: Segments,
  entry: CatalogEntry | undefined,
  dateStarts?: readonly number[],
): PublicationDate {
  const catalogDate = entry?.published ?? null;
  const header = headerOf(text, segments, dateStarts);
  const dates = headerDates(header, catalogDate);
  const agreeing = catalogDate ? dates.find((d) => d.date.iso === catalogDate) : undefined;
  const chosen = agreeing ?? pickTextDate(text, dates);
  const discrepancies: string[] = [];
  if (catalogDate) {
    for (const d of dates) {
      if (d.date.iso === catalogDate) continue;
      const days = daysBetween(d.date.iso, catalogDate);
      const relation = days > 0 ? `${days} days after` : `${-days} days before`;
      discrepancies.push(
        `header text "${text.slice(d.start, d.end)}" (${d.date.iso}) is ${relation} the catalog's publication date ${catalogDate}`,
      );
    }
  }
  if (catalogDate) {
    return {
      published: dayValue(catalogDate),
      publishedSource: "catalog",
      textDate: chosen?.date ?? null,
      discrepancies,
      notes: [],
    };
  }
  if (chosen)
    return { published: chosen.date, publishedSource: "text", textDate: chosen.date, discrepancies, notes: [] };
  const yearless = yearlessHeaderDate(text, header, dateStarts);
  if (yearless) {
    const { draft, latest } = yearless;
    const note =
      `publication year inferred: the header gives "${text.slice(draft.start, draft.end)}" without a year, read as ` +
      `${draft.date.iso} from the latest date the text gives, "${text.slice(latest.start, latest.end)}"`;
    return { published: draft.date, publishedSource: "text", textDate: draft.date, discrepancies, notes: [note] };
  }
  return { published: null, publishedSource: "none", textDate: null, discrepancies, notes: [] };
}
