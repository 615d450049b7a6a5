// Times every Framework data loader over the seeds, in process: the work a build waits for.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const DATA = fileURLToPath(new URL("../src/data", import.meta.url));

export async function timeLoaders(): Promise<{ ms: number; loaders: string[] }> {
  const loaders = readdirSync(DATA)
    .filter((f) => /\.\w+\.ts$/.test(f))
    .sort();
  const t0 = performance.now();
  for (const loader of loaders) {
    const module = (await import(pathToFileURL(join(DATA, loader)).href)) as { load: () => string | Promise<string> };
    await module.load();
  }
  return { ms: performance.now() - t0, loaders };
}
