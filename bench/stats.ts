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
  return (await interleavedMedianMs(runs, [fn], warmups))[0];
}

/**
 * `medianMs` of several functions at once, taking turns: each round runs every function once, in order. Two figures
 * compared as a ratio are then measured over the same stretch of time, and a slow spell of the machine (they last
 * seconds to minutes here) weighs on both alike instead of on whichever ran during it. Before each run the process
 * idles `settleMs`, so that what one function leaves running in the background (V8 sweeping a worker's heap) is done
 * before the next is timed.
 */
export async function interleavedMedianMs(
  runs: number,
  fns: readonly (() => unknown | Promise<unknown>)[],
  warmups = WARMUP_RUNS,
  settleMs = 0,
): Promise<number[]> {
  const settle = () => (settleMs > 0 ? new Promise((resolve) => setTimeout(resolve, settleMs)) : undefined);
  for (let i = 0; i < warmups; i++) {
    for (const fn of fns) {
      await settle();
      await fn();
    }
  }
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (let f = 0; f < fns.length; f++) {
      await settle();
      const t0 = performance.now();
      await fns[f]();
      times[f].push(performance.now() - t0);
    }
  }
  return times.map(median);
}

/**
 * The idle time before each run of functions taking turns. Without it a baseline pass right after a pipeline pass came
 * out 1–2% slower (V8 still sweeping the worker's heap on the one CPU); after 200 ms it came out as fast as one after
 * a baseline pass (bench).
 */
export const SETTLE_MS = 200;

/** Untimed runs before the timed ones. */
export const WARMUP_RUNS = 1;
