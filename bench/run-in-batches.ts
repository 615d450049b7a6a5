import { readDocumentsSync } from "../data-loaders/read/read-documents.ts";
import { runPipeline } from "../data-loaders/pipeline.ts";

// A corpus is processed in batches so memory holds one batch's facts, as a long-running loader over many files would.
const BATCH = 100;

/** Runs the whole pipeline over `files`, batch by batch, and returns how many facts it found. */
export function runInBatches(files: readonly string[]): number {
  let facts = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    facts += runPipeline(readDocumentsSync(files.slice(i, i + BATCH))).facts.length;
  }
  return facts;
}
