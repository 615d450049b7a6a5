// Run by one-core.ts under taskset: the one-worker measurement and the baseline, taking turns, printed as JSON.
import { readFileSync } from "node:fs";
import { startWorkers } from "./parallel.ts";
import { interleavedMedianMs, SETTLE_MS, WARMUP_RUNS } from "./stats.ts";
import { baselinePass } from "./baseline.ts";

const [list, runs] = process.argv.slice(2);
const files = JSON.parse(readFileSync(list, "utf8")) as string[];
const single = await startWorkers(files, 1);
// The baseline runs on this process's main thread while the worker waits: on the same CPU, between the pipeline's
// passes.
const [baselineMs, ms] = await interleavedMedianMs(
  Number(runs),
  [() => baselinePass(files), single.run],
  WARMUP_RUNS,
  SETTLE_MS,
);
await single.stop();
process.stdout.write(JSON.stringify({ ms, baselineMs }) + "\n");
