// Runs before `npm run build` and when `npm run dev` starts: keeps the build offline and its data current.
import { pathToFileURL } from "node:url";
import { invalidateStaleLoaders, type Invalidation } from "./loader-cache.ts";
import { pinNpmVersions } from "./npm-versions.ts";

/** Pins Framework's lazily named npm versions and marks the data loaders stale if seeds or library changed. */
export function prepareBuild(root: string): Invalidation {
  pinNpmVersions(root);
  return invalidateStaleLoaders(root);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { changed, touched } = prepareBuild(process.cwd());
  if (changed) console.error(`seeds or library changed: ${touched.length} data loader(s) will run again`);
}
