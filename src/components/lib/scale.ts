// Small scale helpers for figures that position labels in pixels and must agree with Plot's axes exactly.

const NICE_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9, 10];

/** The smallest "round" number ≥ value (1, 1.2, 1.5, 2, 2.5, 3, 3.5, … 9 × a power of ten). */
export function niceCeil(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of NICE_STEPS) if (step * power >= value - power * 1e-9) return step * power;
  return 10 * power;
}

/** A linear map from [d0, d1] to [r0, r1]; a degenerate domain maps to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}
