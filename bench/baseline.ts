// The baseline the pipeline's speed is judged against: reading the same files and running one regex over them.
import { readFileSync } from "node:fs";

export const BASELINE_PATTERN = /\d[\d,.]*/g;

/** One baseline pass over `files`: each read as UTF-8 and searched for numbers. Returns how many it found. */
export function baselinePass(files: readonly string[]): number {
  let n = 0;
  for (const file of files) n += readFileSync(file, "utf8").match(BASELINE_PATTERN)?.length ?? 0;
  return n;
}
