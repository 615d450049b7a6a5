import { seedCorpus, isMain } from "./corpus.ts";
import { withoutSentenceText } from "../components/lib/sentence-text.ts";

/** Every fact, its sentence given by offsets only: pages read the words back from documents.json. */
export function load(): string {
  return JSON.stringify(withoutSentenceText(seedCorpus().facts));
}

if (isMain(import.meta.url)) process.stdout.write(load());
