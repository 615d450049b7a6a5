// `npm run dev`: Framework's preview server, plus a watcher that re-runs the data loaders (and so reloads
// the open pages) when the seeds or the extraction library change. Extra arguments go to `observable preview`.
import { spawn } from "node:child_process";
import { existsSync, watch, type FSWatcher } from "node:fs";
import { delimiter, join } from "node:path";
import { PIPELINE_INPUTS } from "./loader-cache.ts";
import { prepareBuild } from "./prebuild.ts";

const root = process.cwd();
const DEBOUNCE_MS = 200;

function refresh(): void {
  const { changed, touched } = prepareBuild(root);
  if (changed) console.error(`[dev] seeds or library changed: re-running ${touched.length} data loader(s)`);
}

function watchInputs(onChange: () => void): FSWatcher[] {
  let timer: NodeJS.Timeout | undefined;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  };
  return PIPELINE_INPUTS.map((input) => join(root, input))
    .filter((path) => existsSync(path))
    .map((path) => watch(path, { recursive: true }, debounced));
}

refresh();
const watchers = watchInputs(refresh);
// Loaders run `tsx`, which is found through node_modules/.bin also when this script is started without npm.
const env = {
  ...process.env,
  OBSERVABLE_TELEMETRY_DISABLE: "true",
  PATH: [join(root, "node_modules", ".bin"), process.env.PATH].join(delimiter),
};
const preview = spawn("observable", ["preview", ...process.argv.slice(2)], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
preview.on("exit", (code, signal) => {
  for (const watcher of watchers) watcher.close();
  process.exit(code ?? (signal ? 1 : 0));
});
