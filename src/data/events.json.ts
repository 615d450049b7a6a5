import { seedCorpus, isMain } from "./corpus.ts";

export function load(): string {
  return JSON.stringify(seedCorpus().events);
}

if (isMain(import.meta.url)) process.stdout.write(load());
