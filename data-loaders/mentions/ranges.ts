// Ranges of amounts: "$300-550 million", "two to three missiles", "between $300 and $550 million".
import { scaleValue } from "./number-words.ts";

const CONNECTOR = /[ \t]*[-–—~][ \t]*|[ \t]+(to|and|or|through)[ \t]+/y;
const BETWEEN_BEFORE = /(?<![A-Za-z])between[ \t]+$/i;

/**
 * Where a range connector that starts at `pos` ends, or -1. "and" joins a range only after "between",
 * and "or" only where the caller allows it (counts: "two or three missiles").
 * @example rangeConnectorEnd("300-550", 3, {and: false, or: false}) // → 4
 */
export function rangeConnectorEnd(text: string, pos: number, allow: { and: boolean; or: boolean }): number {
  // Cheap test first: a dash, or a space before a dash or before "to", "and", "or", "through".
  let c = text.charCodeAt(pos);
  if (c === 32 || c === 9) c = text.charCodeAt(pos + 1);
  const lower = c | 0x20;
  if (c !== 45 && c !== 8211 && c !== 8212 && c !== 126 && lower !== 116 && lower !== 97 && lower !== 111) return -1;
  CONNECTOR.lastIndex = pos;
  const m = CONNECTOR.exec(text);
  if (!m) return -1;
  const word = m[1]?.toLowerCase();
  if ((word === "and" && !allow.and) || (word === "or" && !allow.or)) return -1;
  return pos + m[0].length;
}

/**
 * Where "between" starts when it ends right before `pos`, or -1.
 * @example betweenBefore("between $300 and $550 million", 8) // → 0
 */
export function betweenBefore(text: string, pos: number): number {
  let k = pos - 1;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k--;
  if ((text.charCodeAt(k) | 0x20) !== 110) return -1; // "between" ends in "n"
  const from = Math.max(0, pos - 12);
  const m = BETWEEN_BEFORE.exec(text.slice(from, pos));
  return m ? from + m.index : -1;
}

/** One end of a range: its value and the power of ten its scale word or abbreviation gave (0 when none). */
export interface RangeEnd {
  value: number;
  scaleExp: number;
}

/**
 * The low and high values of a range, with the high end's scale shared by an unscaled low end
 * ("$300-550 million" → 3e8–5.5e8; "$900 to 1.2 billion" → 9e8–1.2e9); null unless low < high.
 * @example rangeValues({value: 300, scaleExp: 0}, {value: 550e6, scaleExp: 6}) // → {low: 3e8, high: 5.5e8}
 */
export function rangeValues(low: RangeEnd, high: RangeEnd): { low: number; high: number } | null {
  let lowValue = low.value;
  if (low.scaleExp === 0 && high.scaleExp > 0) {
    for (let exp = high.scaleExp; exp > 0; exp -= 3) {
      const scaled = scaleValue(low.value, exp);
      if (scaled < high.value) {
        lowValue = scaled;
        break;
      }
    }
  }
  return lowValue < high.value ? { low: lowValue, high: high.value } : null;
}
