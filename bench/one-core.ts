// The pipeline on one core, literally: a child process whose every thread is pinned to one CPU. A worker thread alone
// is not one core: V8 marks and scavenges on helper threads, which take the idle core and flatter the figure (and so
// understate how well the pipeline scales across cores).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./one-core-child.ts", import.meta.url));

/** Whether `taskset` (util-linux) can pin a process here. */
export function canPin(): boolean {
  return spawnSync("taskset", ["-c", "0", "true"]).status === 0;
}

/**
 * Median wall times of `runs` pipeline passes over `files` in one worker thread of a process pinned to CPU 0, and of
 * as many baseline passes (see baseline.ts) in the same process, taking turns with them.
 */
export async function pinnedPipelineMs(
  files: readonly string[],
  runs: number,
): Promise<{ pipelineMs: number; baselineMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), "bench-one-core-"));
  const list = join(dir, "files.json");
  writeFileSync(list, JSON.stringify(files));
  try {
    const child = spawn("taskset", ["-c", "0", process.execPath, "--import", "tsx", CHILD, list, String(runs)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (code !== 0) throw new Error(`pinned pipeline run failed (exit ${code})`);
    const { ms, baselineMs } = JSON.parse(out) as { ms: number; baselineMs: number };
    return { pipelineMs: ms, baselineMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
