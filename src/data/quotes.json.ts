import { seedCorpus, isMain } from "./corpus.ts";

/** Quotations with their speakers, the attributing sentence and the document's date. */
export function load(): string {
  const { documents, facts } = seedCorpus();
  const published = new Map(documents.map((d) => [d.doc, d.published]));
  const quotes = facts.flatMap((f) =>
    f.kind === "quote"
      ? [
          {
            id: f.id,
            doc: f.doc,
            speaker: f.speaker,
            text: f.value,
            start: f.start,
            end: f.end,
            quote: f.quote,
            sentence: f.sentence.text,
            published: published.get(f.doc) ?? null,
          },
        ]
      : [],
  );
  return JSON.stringify(quotes);
}

if (isMain(import.meta.url)) process.stdout.write(load());
