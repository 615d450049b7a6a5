import type { DateFact, DocumentRecord, EventRecord, QuoteFact } from "../types.ts";
import { eventId } from "../provenance/ids.ts";
import { summarize } from "./summary.ts";
import { isSpace } from "../segment/whitespace.ts";

// Two or three words in quotation marks are scare quotes ("malicious nature"), not a statement.
const MIN_WORDS = 4;

/** Whether `text` has at least `n` words; counts only as far as it must. */
function hasWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** The date a quoted statement was made: one its sentence gives, else one given earlier in its paragraph. */
function statementDate(quote: QuoteFact, document: DocumentRecord, dates: DateFact[]): DateFact | null {
  const inSentence = dates.find(
    (d) => d.sentence.index === quote.sentence.index && (d.end <= quote.start || d.start >= quote.end),
  );
  if (inSentence) return inSentence;
  const paragraph = document.segments.paragraphs.find((p) => p.start <= quote.start && quote.start < p.end);
  if (!paragraph) return null;
  const earlier = dates.filter((d) => d.start >= paragraph.start && d.end <= quote.start);
  return earlier.at(-1) ?? null;
}

/**
 * One statement event per attributed quotation, dated by its sentence or, failing that, by publication. `dates` are
 * the document's date facts in text order.
 */
export function quoteStatements(document: DocumentRecord, quotes: QuoteFact[], dates: DateFact[]): EventRecord[] {
  const events: EventRecord[] = [];
  for (const quote of quotes) {
    if (!quote.speaker || !hasWords(quote.value, MIN_WORDS)) continue;
    const date = statementDate(quote, document, dates);
    const start = Math.min(quote.start, quote.sentence.start);
    const end = Math.max(quote.end, quote.sentence.end);
    // Every field in the order build-events writes them, summary last: all events share one object shape.
    const event: EventRecord = {
      id: eventId(document.doc, "statement", quote.start, quote.end),
      type: "statement",
      doc: document.doc,
      start,
      end,
      quote: document.text.slice(start, end),
      sentence: quote.sentence.index,
      date: date?.date ?? document.published,
      participants: [quote.speaker],
      actor: quote.speaker,
      targets: null,
      targetNames: [],
      amount: null,
      equivalents: [],
      count: null,
      details: { quote: quote.value, dateBasis: date ? "text" : "publication" },
      facts: date ? [quote.id, date.id] : [quote.id],
      summary: "",
    };
    event.summary = summarize(event);
    events.push(event);
  }
  return events;
}
