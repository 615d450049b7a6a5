// Hyperbole is not a tally: "a hundred times or a thousand times", "for a hundred, or thousand years".
import type { NumberMatch } from "./number-words.ts";

// Between the two numbers: at most one word, an optional comma, then "or".
const OR_BETWEEN = /^(?:[ \t]+[A-Za-z]+)?[ \t]*,?[ \t]*or[ \t]+$/i;
const MAX_GAP = 32;

function isPowerOfTen(value: number): boolean {
  if (value < 10 || !Number.isInteger(value)) return false;
  let v = value;
  while (v % 10 === 0) v /= 10;
  return v === 1;
}

/**
 * Indexes of numbers that form "N or M" pairs of round powers of ten (at least one of them 100 or more),
 * which speakers use for emphasis rather than to count.
 * @example rhetoricalNumbers(text, scanNumbers(text)) // for "a hundred times or a thousand times" → Set {0, 1}
 */
export function rhetoricalNumbers(text: string, numbers: readonly NumberMatch[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i];
    const b = numbers[i + 1];
    if (b.start - a.end > MAX_GAP || !isPowerOfTen(a.value) || !isPowerOfTen(b.value)) continue;
    if (a.value === b.value || Math.max(a.value, b.value) < 100) continue;
    if (!OR_BETWEEN.test(text.slice(a.end, b.start))) continue;
    found.add(i);
    found.add(i + 1);
  }
  return found;
}
