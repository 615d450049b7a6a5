// Counts of things: a number followed, within a short noun phrase, by the noun it counts.
import type { CountDraft, Span } from "../types.ts";
import { isDateOrAgeAfter, isGluedEnd, isNotCountStart, isYearLike } from "./count-guards.ts";
import { countNounAt, type CountNoun } from "./count-nouns.ts";
import { extractMoney } from "./money.ts";
import { countDraft } from "./fact-shape.ts";
import { scanNumbers } from "./number-scan.ts";
import type { NumberMatch } from "./number-words.ts";
import { qualifierBefore } from "./qualifiers.ts";
import { betweenBefore, rangeConnectorEnd, rangeValues } from "./ranges.ts";
import { rhetoricalNumbers } from "./rhetoric.ts";

export interface CountOptions {
  /** Spans already taken by other facts (money, dates); numbers inside them are not counts. */
  exclude?: readonly Span[];
  /** The text's `scanNumbers`, when the caller has it already. */
  numbers?: NumberMatch[];
}

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

const TIME_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]);
const FOR_BEFORE = /\bfor[ \t]+$/i;

/** "stole $3 billion over six years": "over" spans the time, unless "for over six years" says "more than". */
function isPrepositionOfTime(text: string, qualified: { qualifier: string; start: number }, unit: string): boolean {
  if (qualified.qualifier !== "over" || !TIME_UNITS.has(unit)) return false;
  return !FOR_BEFORE.test(text.slice(Math.max(0, qualified.start - 8), qualified.start));
}

function isUsable(n: NumberMatch | undefined, index: number, taken: Span[], rhetoric: Set<number>): n is NumberMatch {
  return n !== undefined && !n.joined && !n.bare && !rhetoric.has(index) && !overlaps(taken, n.start, n.end);
}

function countAt(text: string, numbers: NumberMatch[], i: number, taken: Span[], rhetoric: Set<number>): Found | null {
  const n = numbers[i];
  if (isNotCountStart(text, n)) return null;
  const next: NumberMatch | undefined = numbers[i + 1];
  const nextUsable = isUsable(next, i + 1, taken, rhetoric);
  const betweenStart = betweenBefore(text, n.start);

  let low = n.value;
  let high: number | null = null;
  let last = n;
  if (nextUsable) {
    const connectorEnd = rangeConnectorEnd(text, n.end, { and: betweenStart >= 0, or: true });
    if (connectorEnd === next.start && text.charCodeAt(next.start) !== 48) {
      const values = rangeValues(n, next);
      if (values) {
        ({ low, high } = values);
        last = next;
      }
    }
  }
  if (isGluedEnd(text, last.end)) return null;

  // "at least 9 out of 15 member states": the first number counts what the second one's noun names.
  let noun: CountNoun | null = null;
  let resume = last.end;
  if (high === null && nextUsable && next.value > n.value) {
    OUT_OF.lastIndex = n.end;
    const outOf = OUT_OF.exec(text);
    if (outOf && n.end + outOf[0].length === next.start && !isGluedEnd(text, next.end)) {
      noun = countNounAt(text, next.end, next.value);
      if (!noun) return null;
      resume = n.end;
    }
  }
  noun ??= countNounAt(text, last.end, high ?? low);
  if (!noun || isDateOrAgeAfter(text, last.end)) return null;

  let start = high !== null && betweenStart >= 0 ? betweenStart : n.start;
  let qualified = qualifierBefore(text, start);
  if (qualified && isPrepositionOfTime(text, qualified, noun.unit)) qualified = null;
  if (isYearLike(n) && !qualified) return null;
  if (qualified) start = qualified.start;
  const draft = countDraft(start, noun.end, low, high, qualified?.qualifier ?? null, noun.unit);
  return { draft, resume };
}

/**
 * Every count in `text`: a number (digits or words, ranges allowed) followed by the noun it counts, as a
 * singular lower-case unit. Skips numbers in `exclude` spans (default: the money found in `text`), years,
 * dates, times, ordinals, labels, percentages, ages, compound adjectives, vague plurals and hyperbole.
 * Spans run from the qualifier (or the number) to the noun.
 * @example extractCounts("firing ICBMs at least five times")
 * // → [{kind: "count", start: 13, end: 32, value: 5, high: null, unit: "time", qualifier: "at least"}]
 */
export function extractCounts(text: string, options: CountOptions = {}): CountDraft[] {
  const numbers = options.numbers ?? scanNumbers(text);
  const taken = mergeSpans(options.exclude ?? extractMoney(text, numbers));
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
