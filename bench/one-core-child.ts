// Run by one-core.ts under taskset: the one-worker measurement, printed as JSON.
import { readFileSync } from "node:fs";
import { startWorkers } from "./parallel.ts";
import { medianMs } from "./stats.ts";

const [list, runs] = process.argv.slice(2);
const files = JSON.parse(readFileSync(list, "utf8")) as string[];
const single = await startWorkers(files, 1);
const ms = await medianMs(Number(runs), single.run);
await single.stop();
process.stdout.write(JSON.stringify({ ms }) + "\n");
