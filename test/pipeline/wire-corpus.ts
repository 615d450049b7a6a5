import { runPipeline } from "../../data-loaders/pipeline.ts";
import type { Corpus, CatalogEntry, ReadResult } from "../../data-loaders/types.ts";

/** The pipeline over one article written for a test ("wire.txt"), published on `published`. */
export function wireCorpus(text: string, published: string): Corpus {
  const read: ReadResult = {
    doc: "wire.txt",
    path: "wire.txt",
    bytes: text.length,
    status: "ok",
    reason: null,
    text,
    warnings: [],
  };
  const entry: CatalogEntry = { doc: "wire.txt", publisher: null, url: null, published, note: null };
  return runPipeline([read], { catalog: new Map([["wire.txt", entry]]) });
}
