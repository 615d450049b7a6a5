import { describe, expect, it } from "vitest";
import { interleavedMedianMs, median, medianMs } from "../../bench/stats.ts";

describe("bench timing", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("runs the warm-ups untimed before the timed runs", async () => {
    // The first call is slow, as a cold JIT is: with one warm-up it is left out of the median.
    const delays = [60, 0, 0, 0];
    let calls = 0;
    const slowFirst = () => new Promise((resolve) => setTimeout(resolve, delays[calls++]));
    const ms = await medianMs(3, slowFirst, 1);
    expect(calls).toBe(4);
    expect(ms).toBeLessThan(40);
  });

  it("times every run when there is no warm-up", async () => {
    let calls = 0;
    const ms = await medianMs(1, () => new Promise((resolve) => setTimeout(resolve, calls++ === 0 ? 60 : 0)), 0);
    expect(calls).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(50);
  });

  it("takes turns between functions, warm-ups included, and gives each its own median", async () => {
    const calls: string[] = [];
    const wait = (name: string, ms: number) => () => {
      calls.push(name);
      return new Promise((resolve) => setTimeout(resolve, ms));
    };
    const [fast, slow] = await interleavedMedianMs(2, [wait("fast", 0), wait("slow", 60)], 1, 50);
    expect(calls).toEqual(["fast", "slow", "fast", "slow", "fast", "slow"]);
    // The idle time before each run is not timed.
    expect(fast).toBeLessThan(40);
    expect(slow).toBeGreaterThanOrEqual(50);
  });
});
