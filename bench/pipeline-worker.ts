// Runs the pipeline over a share of the corpus in a worker thread and reports how many facts it found.
import { parentPort, workerData } from "node:worker_threads";
import { runInBatches } from "./run-in-batches.ts";

const { files } = workerData as { files: string[] };
parentPort!.on("message", () => {
  parentPort!.postMessage(runInBatches(files));
});
parentPort!.postMessage("ready");
