import type { DocumentRecord, EventRecord, FigureRecord } from "../types.ts";

/** The provenance fields of a figure taken from the event it summarizes: its sentence, facts and event id. */
export function fromEvent(event: EventRecord, document: DocumentRecord | undefined, factIds = event.facts) {
  const sentence = document?.segments.sentences[event.sentence];
  const start = sentence ? Math.min(sentence.start, event.start) : event.start;
  const end = sentence ? Math.max(sentence.end, event.end) : event.end;
  return {
    doc: event.doc,
    start,
    end,
    quote: document ? document.text.slice(start, end) : event.quote,
    facts: [...factIds],
    events: [event.id],
    date: event.date,
    actor: event.actor,
  } satisfies Partial<FigureRecord>;
}
