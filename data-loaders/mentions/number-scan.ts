// One pass over a text that finds every number expression; money and counts both start from it (the pipeline scans
// once and hands the result to both).
import { matchNumberAt, NUMBER_WORDS, type NumberMatch } from "./number-words.ts";
import { LeadGate, type GateWords } from "../gate/lead-gate.ts";
import { lowerSlice } from "../util/lower-case.ts";

// The cheap gate: a digit or a number word. Everything slower runs only where it hits.
export const NUMBER_GATE_WORDS: GateWords = { words: `(?:${NUMBER_WORDS.join("|")})`, digits: true };
const OWN_GATE = new LeadGate([NUMBER_GATE_WORDS]);
const NUMBER_WORD_AT = new RegExp(`(?:${NUMBER_WORDS.join("|")})\\b`, "iy");
const LEADS_TO_SCALE = new Set(["hundred", "thousand", "million", "billion", "trillion", "dozen"]);
// "a hundred", "half a million": the article belongs to the number but is not a gate word.
const ARTICLE_BEFORE = /\b(?:half[ \t]+)?an?[ \t]+$/i;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function articleStart(text: string, pos: number): number {
  const from = Math.max(0, pos - 10);
  const m = ARTICLE_BEFORE.exec(text.slice(from, pos));
  return m ? from + m.index : pos;
}

/**
 * Every number expression in `text`, in order and without overlaps. `starts` are the places a gate holding
 * `NUMBER_GATE_WORDS` found (by default the scanner's own gate).
 * @example scanNumbers("six individuals and three organizations").map((n) => n.value) // → [6, 3]
 */
export function scanNumbers(text: string, starts: readonly number[] = OWN_GATE.scan(text)[0]): NumberMatch[] {
  const found: NumberMatch[] = [];
  let from = 0;
  for (const hitStart of starts) {
    if (hitStart < from) continue;
    const isDigitHit = isDigit(text.charCodeAt(hitStart));
    let hitEnd = hitStart + 1;
    if (!isDigitHit) {
      // The gate knows the word's first letters only; a number word is the whole word.
      NUMBER_WORD_AT.lastIndex = hitStart;
      if (!NUMBER_WORD_AT.test(text)) continue;
      hitEnd = NUMBER_WORD_AT.lastIndex;
    }
    let start = hitStart;
    if (!isDigitHit && LEADS_TO_SCALE.has(lowerSlice(text, hitStart, hitEnd))) {
      const before = articleStart(text, start);
      const last = found[found.length - 1];
      if (!last || last.end <= before) start = before;
    }
    const match = matchNumberAt(text, start) ?? (start !== hitStart ? matchNumberAt(text, hitStart) : null);
    if (match) {
      found.push(match);
      from = Math.max(match.end, hitEnd);
    }
  }
  return found;
}
