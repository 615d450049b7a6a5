import { runPipeline } from "../../data-loaders/pipeline.ts";
import type { Corpus, CatalogEntry, EventRecord, EventType, ReadResult } from "../../data-loaders/types.ts";

/**
 * The pipeline over one article written for a test ("wire.txt"), published on `published`; with null, the article
 * has no catalog entry and only its own text can date it.
 */
export function wireCorpus(text: string, published: string | null): Corpus {
  const read: ReadResult = {
    doc: "wire.txt",
    path: "wire.txt",
    bytes: text.length,
    status: "ok",
    reason: null,
    text,
    warnings: [],
  };
  if (published === null) return runPipeline([read]);
  const entry: CatalogEntry = { doc: "wire.txt", publisher: null, url: null, published, note: null };
  return runPipeline([read], { catalog: new Map([["wire.txt", entry]]) });
}

/** The events of one `type` read from `body` under a one-line headline, in an article published on `published`. */
export function wireEvents(type: EventType, headline: string, body: string, published: string): EventRecord[] {
  return wireCorpus(`${headline}\n\n${body}\n`, published).events.filter((e) => e.type === type);
}
