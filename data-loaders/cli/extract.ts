// npm run extract -- [--format json|jsonl|csv] [--out FILE] [PATH ...]: the pipeline on any files or folders.
import { writeFileSync } from "node:fs";
import { parseExtractArgs, UsageError, USAGE } from "./args.ts";
import { corpusJSON, corpusJSONL, factsCSV } from "./serialize.ts";
import { loadCorpus } from "../load-corpus.ts";

function main(argv: string[]): number {
  let args;
  try {
    args = parseExtractArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) process.stderr.write(`extract: ${error.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const corpus = loadCorpus(args.paths.length ? args.paths : ["seeds"], {
    catalog: args.catalog ?? undefined,
    maxBytes: args.maxBytes ?? undefined,
    warn: (message) => process.stderr.write(`extract: ${message}\n`),
  });
  const output =
    args.format === "csv" ? factsCSV(corpus) : args.format === "jsonl" ? corpusJSONL(corpus) : corpusJSON(corpus);
  if (args.out) writeFileSync(args.out, output);
  else process.stdout.write(output);
  const read = corpus.documents.filter((d) => d.status === "ok").length;
  if (read === 0) process.stderr.write("extract: no document could be read\n");
  return read > 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
