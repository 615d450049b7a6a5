// Counts of things: a number followed, within a short noun phrase, by the noun it counts.
import type { CountDraft, Span } from "../types.ts";
import { isNotCountEnd, isNotCountStart } from "./count-guards.ts";
import { countNounAt } from "./count-nouns.ts";
import { extractMoney } from "./money.ts";
import { scanNumbers } from "./number-scan.ts";
import type { NumberMatch } from "./number-words.ts";
import { qualifierBefore } from "./qualifiers.ts";
import { betweenBefore, rangeConnectorEnd, rangeValues } from "./ranges.ts";
import { rhetoricalNumbers } from "./rhetoric.ts";

export interface CountOptions {
  /** Spans already taken by other facts (money, dates); numbers inside them are not counts. */
  exclude?: readonly Span[];
}

// "at least 9 out of 15 member states": the first number counts what the second one's noun names.
const OUT_OF = /[ \t]+(?:out[ \t]+)?of[ \t]+/y;

/** Sorted, merged copy of the spans, so one binary search answers "is this inside any of them". */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

function overlaps(spans: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}

interface Found {
  draft: CountDraft;
  /** Where the next count may start: after the last number this one used. */
  resume: number;
}

function countAt(text: string, numbers: NumberMatch[], i: number, taken: Span[], rhetoric: Set<number>): Found | null {
  const n = numbers[i];
  const before = qualifierBefore(text, n.start);
  if (isNotCountStart(text, n, before !== null)) return null;
  const next: NumberMatch | undefined = numbers[i + 1];
  const nextUsable =
    next && !rhetoric.has(i + 1) && !next.joined && !next.bare && !overlaps(taken, next.start, next.end);
  const betweenStart = betweenBefore(text, n.start);

  let low = n.value;
  let high: number | null = null;
  let last = n;
  const connectorEnd = rangeConnectorEnd(text, n.end, { and: betweenStart >= 0, or: true });
  if (nextUsable && connectorEnd === next.start && !/^0\d/.test(text.slice(next.start, next.start + 2))) {
    const values = rangeValues(n, next);
    if (values) {
      ({ low, high } = values);
      last = next;
    }
  }
  if (isNotCountEnd(text, last.end)) return null;

  let start = high !== null && betweenStart >= 0 ? betweenStart : n.start;
  const qualified = start === n.start ? before : qualifierBefore(text, start);
  if (qualified) start = qualified.start;
  const draft = (unit: string, end: number): CountDraft => ({
    kind: "count",
    start,
    end,
    value: low,
    high,
    qualifier: qualified?.qualifier ?? null,
    unit,
  });

  if (high === null && nextUsable) {
    OUT_OF.lastIndex = n.end;
    const outOf = OUT_OF.exec(text);
    if (outOf && n.end + outOf[0].length === next.start && next.value > n.value && !isNotCountEnd(text, next.end)) {
      const noun = countNounAt(text, next.end, next.value);
      return noun ? { draft: draft(noun.unit, noun.end), resume: n.end } : null;
    }
  }
  const noun = countNounAt(text, last.end, high ?? low);
  return noun ? { draft: draft(noun.unit, noun.end), resume: last.end } : null;
}

/**
 * Every count in `text`: a number (digits or words, ranges allowed) followed by the noun it counts, as a
 * singular lower-case unit. Skips numbers in `exclude` spans (default: the money found in `text`), years,
 * dates, times, ordinals, labels, percentages, ages, compound adjectives, vague plurals and hyperbole.
 * Spans run from the qualifier (or the number) to the noun.
 * @example extractCounts("firing ICBMs at least eight times")
 * // → [{kind: "count", start: 13, end: 33, value: 8, high: null, qualifier: "at least", unit: "time"}]
 */
export function extractCounts(text: string, options: CountOptions = {}): CountDraft[] {
  const numbers = scanNumbers(text);
  const taken = mergeSpans(options.exclude ?? extractMoney(text));
  const rhetoric = rhetoricalNumbers(text, numbers);
  const found: CountDraft[] = [];
  let resume = 0;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    if (n.start < resume || rhetoric.has(i) || overlaps(taken, n.start, n.end)) continue;
    const count = countAt(text, numbers, i, taken, rhetoric);
    if (!count) continue;
    found.push(count.draft);
    resume = count.resume;
  }
  return found;
}
