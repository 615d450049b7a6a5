// The pipeline over the five seed articles (seeds/, copied from ../shared/seeds), run once per test file.
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../../data-loaders/load-corpus.ts";
import type { Corpus, EventRecord, FigureRecord } from "../../data-loaders/types.ts";

export const SEEDS = fileURLToPath(new URL("../../seeds", import.meta.url));

let cached: Corpus | null = null;
export function seedCorpus(): Corpus {
  cached ??= loadCorpus([SEEDS]);
  return cached;
}

export function eventsOf(corpus: Corpus, type: EventRecord["type"], doc?: string): EventRecord[] {
  return corpus.events.filter((e) => e.type === type && (!doc || e.doc.startsWith(doc)));
}

export function figure(corpus: Corpus, kind: string, predicate: (f: FigureRecord) => boolean = () => true) {
  const found = corpus.figures.filter((f) => f.kind === kind && predicate(f));
  if (found.length !== 1) throw new Error(`expected one ${kind} figure, found ${found.length}`);
  return found[0];
}
