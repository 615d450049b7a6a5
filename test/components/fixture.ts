// The hand-written fixture corpus (test/fixtures/corpus.json, values mirroring the seed articles), fresh per call.
import { readFileSync } from "node:fs";
import type { Corpus } from "../../data-loaders/types.ts";
import { createServerDocument } from "../../src/components/lib/server-document.ts";

const PATH = new URL("../fixtures/corpus.json", import.meta.url);

/** A deep copy of the fixture corpus, safe to mutate in a test. */
export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(PATH, "utf8")) as Corpus;
}

/** Options every server-side render needs: a fresh linkedom document. */
export function server(): { document: Document } {
  return { document: createServerDocument() };
}
