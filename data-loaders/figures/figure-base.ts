import type { EventRecord, Fact, FigureRecord } from "../types.ts";

/** The provenance fields of a figure taken from the event it summarizes. */
export function fromEvent(event: EventRecord, facts: ReadonlyMap<string, Fact>, factIds = event.facts) {
  const first = factIds.map((id) => facts.get(id)).find((f) => f !== undefined);
  const sentence = first?.sentence ?? { start: event.start, end: event.end, text: event.quote };
  return {
    doc: event.doc,
    start: sentence.start,
    end: sentence.end,
    quote: sentence.text,
    facts: [...factIds],
    events: [event.id],
    date: event.date,
    actor: event.actor,
  } satisfies Partial<FigureRecord>;
}
