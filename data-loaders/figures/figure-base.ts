import type { DocumentRecord, EventRecord, FigureRecord } from "../types.ts";

/** What a figure says; `figureOf` adds where it comes from. */
export type FigureFields = Omit<
  FigureRecord,
  "doc" | "start" | "end" | "quote" | "facts" | "events" | "date" | "actor"
>;

/**
 * A figure with the provenance of the event it summarizes: its sentence, facts and event id. The record is built as
 * one literal, all fields in one order: spreading a base and adding fields one by one made each figure an object of
 * its own shape, and every later store into one went through V8's slow generic path.
 */
export function figureOf(
  event: EventRecord,
  document: DocumentRecord | undefined,
  factIds: readonly string[],
  fields: FigureFields,
): FigureRecord {
  const sentence = document?.segments.sentences[event.sentence];
  const start = sentence ? Math.min(sentence.start, event.start) : event.start;
  const end = sentence ? Math.max(sentence.end, event.end) : event.end;
  const quote = document ? document.text.slice(start, end) : event.quote;
  return withFields(event.doc, start, end, quote, [...factIds], [event.id], event.date, event.actor, fields);
}

/** `figure` with other fields, in the same order. */
export function refigure(figure: FigureRecord, fields: Partial<FigureRecord>): FigureRecord {
  const f = { ...figure, ...fields };
  return withFields(f.doc, f.start, f.end, f.quote, f.facts, f.events, f.date, f.actor, f);
}

function withFields(
  doc: string,
  start: number,
  end: number,
  quote: string,
  facts: string[],
  events: string[],
  date: FigureRecord["date"],
  actor: string | null,
  f: FigureFields,
): FigureRecord {
  return {
    doc,
    start,
    end,
    quote,
    facts,
    events,
    date,
    actor,
    id: f.id,
    kind: f.kind,
    label: f.label,
    value: f.value,
    high: f.high,
    unit: f.unit,
    qualifier: f.qualifier,
    context: f.context,
    formula: f.formula,
    parts: f.parts,
  };
}
