import type { Corpus, DocumentRecord } from "../types.ts";
import { toCSV } from "../util/csv.ts";

/** Documents as the CLI prints them: without full text and segment offsets, which would drown the facts. */
export function documentSummary(d: DocumentRecord) {
  const { text: _text, segments, ...rest } = d;
  return { ...rest, sentences: segments.sentences.length };
}

export function corpusJSON(corpus: Corpus): string {
  const { documents, facts, events, figures } = corpus;
  return JSON.stringify({ documents: documents.map(documentSummary), facts, events, figures }, null, 2) + "\n";
}

/** One JSON object per line, each tagged with its table. */
export function corpusJSONL(corpus: Corpus): string {
  const lines = [
    ...corpus.documents.map((d) => ({ table: "documents", ...documentSummary(d) })),
    ...corpus.facts.map((f) => ({ table: "facts", ...f })),
    ...corpus.events.map((e) => ({ table: "events", ...e })),
    ...corpus.figures.map((f) => ({ table: "figures", ...f })),
  ];
  return lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
}

/** The facts as one tidy table: the view a reader downloads into a spreadsheet. */
export function factsCSV(corpus: Corpus): string {
  return toCSV(
    corpus.facts.map((f) => ({
      id: f.id,
      doc: f.doc,
      kind: f.kind,
      value: f.value,
      high: f.high,
      unit: f.unit,
      qualifier: f.qualifier,
      start: f.start,
      end: f.end,
      quote: f.quote,
      sentence: f.sentence.text,
    })),
  );
}
