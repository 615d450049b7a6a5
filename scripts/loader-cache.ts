// Framework keys a data loader's cached output on the loader file alone, so a change to the seeds or to the
// extraction library would leave stale data in the site: `observable build` reuses any cached output, even a
// stale one, and `observable preview` re-runs a loader only when the loader file is newer than its output.
// So, when a hash of those inputs changed since the last run, this removes the cached outputs (for the build)
// and touches every loader under src/ (for preview, which watches the loader files and reloads the page).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** What every loader's output depends on besides the loader file itself, relative to the project root. */
export const PIPELINE_INPUTS = ["seeds", "data-loaders", "package-lock.json"];

/** Framework's cache: loader outputs mirror their paths under src/; Framework's own entries start with "_". */
export const CACHE_DIR = join("src", ".observablehq", "cache");

/** Where the hash of the inputs is remembered: inside Framework's cache, so clearing the cache resets it. */
export const HASH_FILE = join(CACHE_DIR, "pipeline-inputs.sha256");

// The interpreters Framework 1.13 knows; a loader is named like `facts.json.ts`.
const LOADER_INTERPRETER = /\.(js|ts|py|R|rs|go|java|jl|php|sh|exe)$/;
const LOADER_NAME = new RegExp(`\\.[^./]+${LOADER_INTERPRETER.source}`);

/** Every file under `path` (a file or a folder), sorted, skipping dot-folders such as .observablehq. */
export function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  const files: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(child));
    else if (entry.isFile()) files.push(child);
  }
  return files.sort();
}

/** SHA-256 over the names and contents of the pipeline inputs under `root`. */
export function pipelineInputsHash(root: string, inputs: string[] = PIPELINE_INPUTS): string {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for (const file of listFiles(join(root, input))) {
      hash.update(relative(root, file).split(sep).join("/")).update("\0");
      hash.update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

/** The data loaders under `srcDir` (files such as `data/facts.json.ts`), as paths. */
export function findLoaders(srcDir: string): string[] {
  return listFiles(srcDir).filter((file) => LOADER_NAME.test(file) && !file.endsWith(".d.ts"));
}

/** Removes the cached outputs of data loaders (everything in the cache but Framework's `_npm`, `_node`, … entries). */
export function removeCachedOutputs(root: string, loaders: string[]): void {
  const cache = join(root, CACHE_DIR);
  if (!existsSync(cache)) return;
  for (const entry of readdirSync(cache)) {
    if (!entry.startsWith("_") && join(CACHE_DIR, entry) !== HASH_FILE) rmSync(join(cache, entry), { recursive: true });
  }
  // A loader under a folder named _something has its output under a name that starts with "_" too.
  for (const loader of loaders) {
    const output = join(cache, relative(join(root, "src"), loader).replace(LOADER_INTERPRETER, ""));
    rmSync(output, { force: true, recursive: true });
  }
}

export interface Invalidation {
  changed: boolean;
  touched: string[];
}

/** When the pipeline inputs changed since the last call: drops cached loader outputs, touches loaders, remembers the hash. */
export function invalidateStaleLoaders(root: string, now: Date = new Date()): Invalidation {
  const hashPath = join(root, HASH_FILE);
  const current = pipelineInputsHash(root);
  const previous = existsSync(hashPath) ? readFileSync(hashPath, "utf8").trim() : null;
  if (previous === current) return { changed: false, touched: [] };
  const touched = findLoaders(join(root, "src"));
  removeCachedOutputs(root, touched);
  for (const loader of touched) utimesSync(loader, now, now);
  mkdirSync(dirname(hashPath), { recursive: true });
  writeFileSync(hashPath, current + "\n");
  return { changed: true, touched };
}
