import type { CatalogEntry, DateDraft, DateValue, PublishedSource, Segments } from "../types.ts";
import { extractDates } from "../mentions/dates.ts";
import { dayValue } from "../mentions/dates/date-value.ts";
import { headerZone } from "./header-zone.ts";

export interface PublicationDate {
  published: DateValue | null;
  publishedSource: PublishedSource;
  textDate: DateValue | null;
  discrepancies: string[];
}

const LABEL_WINDOW = 40;

/** Day-precision dates the page header gives ("Publish Date: 27April 2019", "Seoul, Nov 6"). */
function headerDates(text: string, segments: Segments, documentDate: string | null): DateDraft[] {
  const zone = headerZone(segments);
  return extractDates(text.slice(0, zone.end), { documentDate }).filter((d) => d.date.precision === "day");
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

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
}

/**
 * Settles a document's publication date: the catalog's when the curator gave one, else the header's.
 * Every header date that disagrees with the catalog is reported, since page furniture (update stamps,
 * photo captions) often carries dates that are not the article's.
 */
export function publicationDate(text: string, segments: Segments, entry: CatalogEntry | undefined): PublicationDate {
  const catalogDate = entry?.published ?? null;
  const dates = headerDates(text, segments, catalogDate);
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
    };
  }
  if (chosen) return { published: chosen.date, publishedSource: "text", textDate: chosen.date, discrepancies };
  return { published: null, publishedSource: "none", textDate: null, discrepancies };
}
