export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `fn` `warmups` times untimed, then `runs` times, and returns the median wall time of the timed runs in
 * milliseconds. The first pass over a corpus is mostly the JIT compiling the pipeline (about 2.5 times as long as a
 * later one, bench); it says how fast the code starts, not how fast it reads.
 */
export async function medianMs(
  runs: number,
  fn: () => unknown | Promise<unknown>,
  warmups = WARMUP_RUNS,
): Promise<number> {
  for (let i = 0; i < warmups; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Untimed runs before the timed ones. */
export const WARMUP_RUNS = 1;
