// npm run export -- [--only ID,...] [--size 16:9|4:3|1:1|WxH] [--scale N] [--theme light|dark]
//                   [--format svg,png,csv,pptx] [--out DIR]
// Renders the notebook's figures for slides from the seeds, with the same components the pages use.
import { pathToFileURL } from "node:url";
import { loadCorpus } from "../data-loaders/load-corpus.ts";
import { figures } from "../src/components/index.ts";
import { parseExportArgs, UsageError } from "./export/args.ts";
import { exportFigures } from "./export/export-figures.ts";
import { writeExports } from "./export/write-exports.ts";

/** Runs the CLI; returns the exit status (0 done, 1 failed, 2 usage error). */
export async function main(argv: readonly string[], seeds = "seeds"): Promise<number> {
  let options;
  try {
    options = parseExportArgs(
      argv,
      figures.map((f) => f.id),
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return error.message.startsWith("Usage:") ? 0 : 2;
  }
  const started = performance.now();
  const data = loadCorpus([seeds], { warn: (message) => console.error(message) });
  const chosen = options.only ? figures.filter((f) => options.only?.includes(f.id)) : figures;
  const { files } = await exportFigures(chosen, data, options);
  for (const path of writeExports(files, options.out)) console.log(path);
  console.error(`exported ${chosen.length} figures in ${Math.round(performance.now() - started)} ms`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).then(
    (status) => (process.exitCode = status),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    },
  );
}
