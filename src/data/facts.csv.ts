import { seedCorpus, isMain } from "./corpus.ts";
import { factsCSV } from "../../data-loaders/cli/serialize.ts";

export function load(): string {
  return factsCSV(seedCorpus());
}

if (isMain(import.meta.url)) process.stdout.write(load());
