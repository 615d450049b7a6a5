// One pass over a text that finds every number expression; money and counts both start from it (the pipeline scans
// once and hands the result to both).
import { matchNumberAt, NUMBER_WORDS, type NumberMatch } from "./number-words.ts";

// The cheap gate: a digit or a number word. Everything slower runs only where it hits.
const GATE = new RegExp(`[0-9]|\\b(?:${NUMBER_WORDS.join("|")})\\b`, "gi");
const LEADS_TO_SCALE = new Set(["hundred", "thousand", "million", "billion", "trillion", "dozen"]);
// "a hundred", "half a million": the article belongs to the number but is not a gate word.
const ARTICLE_BEFORE = /\b(?:half[ \t]+)?an?[ \t]+$/i;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function articleStart(text: string, pos: number): number {
  const from = Math.max(0, pos - 10);
  const m = ARTICLE_BEFORE.exec(text.slice(from, pos));
  return m ? from + m.index : pos;
}

/**
 * Every number expression in `text`, in order and without overlaps.
 * @example scanNumbers("eight individuals and two organizations").map((n) => n.value) // → [8, 2]
 */
export function scanNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  GATE.lastIndex = 0;
  // test() instead of exec(): no match array per hit; the hit's start is recovered from lastIndex.
  while (GATE.test(text)) {
    const hitEnd = GATE.lastIndex;
    let hitStart = hitEnd - 1;
    const isDigitHit = isDigit(text.charCodeAt(hitStart));
    if (!isDigitHit) while (hitStart > 0 && isLetter(text.charCodeAt(hitStart - 1))) hitStart--;
    let start = hitStart;
    if (!isDigitHit && LEADS_TO_SCALE.has(text.slice(hitStart, hitEnd).toLowerCase())) {
      const before = articleStart(text, start);
      const last = found[found.length - 1];
      if (!last || last.end <= before) start = before;
    }
    const match = matchNumberAt(text, start) ?? (start !== hitStart ? matchNumberAt(text, hitStart) : null);
    if (match) {
      found.push(match);
      GATE.lastIndex = Math.max(match.end, hitEnd);
    }
  }
  return found;
}
