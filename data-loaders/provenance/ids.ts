// Ids are derived from where a thing sits in its document, so two runs over the same input agree byte for byte.
import { memoized } from "../util/memo.ts";

// Facts of one document arrive together: remembering the last slug saves two regex passes per fact.
let lastDoc = "";
let lastSlug = "";

/** The file name reduced to characters safe in a URL fragment and an HTML id. */
export function docSlug(doc: string): string {
  if (doc !== lastDoc) {
    lastDoc = doc;
    lastSlug = doc.replace(/\.txt$/i, "").replace(/[^A-Za-z0-9_-]+/g, "_");
  }
  return lastSlug;
}

/** What the ids of a document's facts of one kind start with (see `factId`). */
export function factIdPrefix(doc: string, kind: string): string {
  return `${kind}-${docSlug(doc)}-`;
}

/** The id of the fact at [start, end) among those whose ids start with `prefix` (see `factIdPrefix`). */
export function factIdAfter(prefix: string, start: number, end: number): string {
  return prefix + start + "-" + end;
}

/** A stable id for a fact: kind, document and offsets. */
export function factId(doc: string, kind: string, start: number, end: number): string {
  return factIdAfter(factIdPrefix(doc, kind), start, end);
}

/** A stable id for an event: type, document and offsets of its clause. */
export function eventId(doc: string, type: string, start: number, end: number): string {
  return `ev-${type}-${docSlug(doc)}-${start}-${end}`;
}

// Figures take slugs of the same few names, dates and units again and again: each is computed once.
/** Lower-case words joined by hyphens: "United States" → "united-states". */
export const slug: (text: string) => string = memoized(slugOf);

function slugOf(text: string): string {
  // Only letters with accents need decomposing; normalize() is the slow part for the common ASCII name.
  // eslint-disable-next-line no-control-regex
  const decomposed = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFKD");
  return decomposed
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
