// Tolerant access to the pipeline's output: missing arrays, nulls and half-filled records never throw.
import type { Corpus, DocumentRecord, EventRecord, Fact, FigureRecord } from "../../../data-loaders/types.ts";

/** What a figure accepts: the pipeline's corpus, or any part of it. */
export type CorpusLike = Partial<Corpus> | null | undefined;

function records<T>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((r): r is T => r !== null && typeof r === "object") : [];
}

export function eventsOf(data: CorpusLike): EventRecord[] {
  return records<EventRecord>(data?.events);
}

export function figuresOf(data: CorpusLike): FigureRecord[] {
  return records<FigureRecord>(data?.figures);
}

export function factsOf(data: CorpusLike): Fact[] {
  return records<Fact>(data?.facts);
}

export function documentsOf(data: CorpusLike): DocumentRecord[] {
  return records<DocumentRecord>(data?.documents);
}

/** Facts by id, for following an event or figure back to its words. */
export function factIndex(data: CorpusLike): Map<string, Fact> {
  return new Map(factsOf(data).map((f) => [f.id, f]));
}

/** Documents by doc id. */
export function documentIndex(data: CorpusLike): Map<string, DocumentRecord> {
  return new Map(documentsOf(data).map((d) => [d.doc, d]));
}

/** A string field, or "" when absent or not a string. */
export function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The first fact id of a record, used as the anchor of its `sources#…` link. */
export function firstFact(record: { facts?: unknown }): string {
  return Array.isArray(record.facts) && typeof record.facts[0] === "string" ? record.facts[0] : "";
}
