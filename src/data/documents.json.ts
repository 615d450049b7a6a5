import { seedCorpus, isMain } from "./corpus.ts";

/** Every document, rejected ones included, with its text and segments for the Sources page. */
export function load(): string {
  return JSON.stringify(seedCorpus().documents);
}

if (isMain(import.meta.url)) process.stdout.write(load());
