import type { CatalogEntry, Corpus, DocumentRecord, Fact, FactDraft, ReadResult, Span } from "./types.ts";
import { segment } from "./segment/segment.ts";
import { extractMoney } from "./mentions/money.ts";
import { extractCounts } from "./mentions/counts.ts";
import { extractDates } from "./mentions/dates.ts";
import { extractActors } from "./mentions/actors.ts";
import { extractQuotes } from "./mentions/quotes.ts";
import { attachProvenance } from "./provenance/attach.ts";
import { publicationDate } from "./documents/publication-date.ts";
import { titleText } from "./documents/title-text.ts";
import { buildEvents } from "./events/build-events.ts";
import { chooseFigures } from "./figures/choose-figures.ts";

export interface ExtractedDocument {
  document: DocumentRecord;
  facts: Fact[];
}

function rejectedDocument(read: ReadResult, entry: CatalogEntry | undefined): DocumentRecord {
  return {
    doc: read.doc,
    status: "rejected",
    reason: read.reason,
    title: null,
    publisher: entry?.publisher ?? null,
    url: entry?.url ?? null,
    published: null,
    publishedSource: "none",
    textDate: null,
    discrepancies: [],
    warnings: read.warnings,
    bytes: read.bytes,
    text: "",
    segments: { title: null, dateline: null, paragraphs: [], sentences: [] },
  };
}

function byPosition(a: Fact, b: Fact): number {
  return a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

/** Runs every mention extractor over one document's text. */
export function extractDocument(read: ReadResult, entry?: CatalogEntry): ExtractedDocument {
  if (read.status === "rejected") return { document: rejectedDocument(read, entry), facts: [] };
  const { text } = read;
  const segments = segment(text);
  const { notes, ...dating } = publicationDate(text, segments, entry);
  const documentDate = dating.published?.precision === "day" ? dating.published.iso : null;
  const { title, fromBody } = titleText(text, segments);
  const warnings = [...read.warnings, ...notes];
  if (fromBody) warnings.push("no headline found; the first sentence stands in as title");

  const money = extractMoney(text);
  const dates = extractDates(text, { documentDate });
  const taken: Span[] = [...money, ...dates];
  const counts = extractCounts(text, { exclude: taken });
  const actors = extractActors(text);
  const quotes = extractQuotes(text, actors);
  const drafts: FactDraft[] = [...money, ...counts, ...dates, ...actors, ...quotes];
  const facts = attachProvenance(read.doc, text, segments.sentences, drafts).sort(byPosition);

  const document: DocumentRecord = {
    doc: read.doc,
    status: "ok",
    reason: null,
    title,
    publisher: entry?.publisher ?? null,
    url: entry?.url ?? null,
    ...dating,
    warnings,
    bytes: read.bytes,
    text,
    segments,
  };
  return { document, facts };
}

/**
 * Reads facts, events and figures out of already-read documents.
 * @example
 * const corpus = runPipeline(readDocumentsSync(["seeds"]), { catalog: loadCatalog("seeds/catalog.json") });
 */
export function runPipeline(
  reads: readonly ReadResult[],
  options: { catalog?: Map<string, CatalogEntry> } = {},
): Corpus {
  const extracted = reads.map((read) => extractDocument(read, options.catalog?.get(read.doc)));
  const documents = extracted.map((e) => e.document);
  // A loop, not flatMap: the batch holds tens of thousands of facts.
  const facts: Fact[] = [];
  for (const e of extracted) for (const f of e.facts) facts.push(f);
  const events = buildEvents(documents, facts);
  const figures = chooseFigures(documents, facts, events);
  return { documents, facts, events, figures };
}
