// Builds the site once before the browser tests when dist/ is missing or older than anything it is built from,
// so `npm test` is one command on a fresh clone. A failing build is handed to the tests (startSite throws it),
// so each browser test fails with the build log while the other tests still run and count.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { listFiles } from "../../scripts/loader-cache.ts";

const root = process.cwd();

/** What the site is built from; a change to any of them makes dist/ stale. */
const BUILD_INPUTS = ["src", "data-loaders", "seeds", "observablehq.config.ts", "package-lock.json"];

function newestInputTime(): number {
  const files = BUILD_INPUTS.flatMap((input) => listFiles(join(root, input)));
  return Math.max(0, ...files.map((file) => statSync(file).mtimeMs));
}

function builtTime(): number | null {
  const index = join(root, "dist", "index.html");
  return existsSync(index) ? statSync(index).mtimeMs : null;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The end of the build log when `npm run build` failed, else null. */
    siteBuildError: string | null;
  }
}

export default function setup(project: TestProject): void {
  project.provide("siteBuildError", buildIfStale());
}

function buildIfStale(): string | null {
  const built = builtTime();
  if (built !== null && built >= newestInputTime()) return null;
  console.error(built === null ? "[browser tests] building dist/ …" : "[browser tests] dist/ is stale: rebuilding …");
  const started = Date.now();
  const result = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) {
    const log = `${result.stdout ?? ""}${result.stderr ?? ""}`.split("\n").slice(-60).join("\n");
    console.error(`[browser tests] npm run build failed:\n${log}`);
    return `npm run build failed (exit ${result.status ?? result.signal}):\n${log}`;
  }
  console.error(`[browser tests] built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return null;
}
