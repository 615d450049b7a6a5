// Shared by the loaders in this folder: the pipeline over seeds/, run by each loader process.
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../../data-loaders/load-corpus.ts";

const SEEDS = fileURLToPath(new URL("../../seeds", import.meta.url));

export function seedCorpus() {
  return loadCorpus([SEEDS], { warn: (message) => process.stderr.write(`${message}\n`) });
}

/** True when the module at `url` is the script Node was started with (a loader run by Framework). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(url) === process.argv[1];
}
