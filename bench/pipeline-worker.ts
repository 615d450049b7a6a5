// Runs the pipeline over a share of the corpus in a worker thread and reports how many facts it found.
import { parentPort, workerData } from "node:worker_threads";
import { readDocumentsSync } from "../data-loaders/read/read-documents.ts";
import { runPipeline } from "../data-loaders/pipeline.ts";

const { files } = workerData as { files: string[] };
parentPort!.on("message", () => {
  const corpus = runPipeline(readDocumentsSync(files));
  parentPort!.postMessage(corpus.facts.length);
});
parentPort!.postMessage("ready");
