import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";

const WORKER = new URL("./worker-entry.mjs", import.meta.url);

function message(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}

/** Starts one worker per core, each owning an equal share of the files; `run` processes the corpus once. */
export async function startWorkers(files: string[]) {
  const threads = availableParallelism();
  const shares = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
  const workers = shares.map((share) => new Worker(WORKER, { workerData: { files: share } }));
  await Promise.all(workers.map(message));
  return {
    threads,
    run: () => Promise.all(workers.map((w) => (w.postMessage("go"), message(w)))),
    stop: () => Promise.all(workers.map((w) => w.terminate())),
  };
}
