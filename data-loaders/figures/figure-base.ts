import type { DocumentRecord, EventRecord, FigureRecord } from "../types.ts";

type ProvenanceKey = "doc" | "start" | "end" | "quote" | "facts" | "events" | "date" | "actor";
/** Where a figure comes from: its sentence, facts, event, date and actor. */
type FigureProvenance = Pick<FigureRecord, ProvenanceKey>;
/** What a figure says; `figureOf` adds where it comes from. */
export type FigureFields = Omit<FigureRecord, ProvenanceKey>;

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
  const { doc, date, actor } = event;
  return record({ doc, start, end, quote, facts: [...factIds], events: [event.id], date, actor }, fields);
}

/** `figure` with other fields, in the same order. */
export function refigure(figure: FigureRecord, fields: Partial<FigureRecord>): FigureRecord {
  const changed = { ...figure, ...fields };
  return record(changed, changed);
}

/** The figure as one literal in one field order, whatever the objects its parts come in. */
function record(p: FigureProvenance, f: FigureFields): FigureRecord {
  return {
    doc: p.doc,
    start: p.start,
    end: p.end,
    quote: p.quote,
    facts: p.facts,
    events: p.events,
    date: p.date,
    actor: p.actor,
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
