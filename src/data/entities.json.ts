import { seedCorpus, isMain } from "./corpus.ts";
import { entitiesOf } from "../../data-loaders/entities.ts";

export function load(): string {
  return JSON.stringify(entitiesOf(seedCorpus().facts));
}

if (isMain(import.meta.url)) process.stdout.write(load());
