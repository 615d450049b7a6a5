// Longest gazetteer match at a position: walk the alias trie letter by letter (lower-cased, accents folded), word
// by word, and remember the longest word boundary that names something. Words may be joined by a space, a hyphen,
// an apostrophe ("Workers’ Party"), a possessive "’s" ("People’s") or the dots of initials ("U.S.", "Sung Y. Kim").
import type { AliasTarget } from "./entry.ts";
import { aliasTrie } from "./lexicon.ts";
import { COUNT_MASK, HAS_TARGETS, SLOTS, trieChild } from "./trie.ts";
import { caseFits, isNameChar, isSpace, nameKey } from "./normalize.ts";

export interface GazetteerMatch {
  start: number;
  end: number;
  target: AliasTarget;
  /** Number of words matched. */
  words: number;
}

const MAX_WORDS = 12;

// Whether each key letter walked so far was upper-case in the text (1) or not (0); reused across calls.
const upper = new Uint8Array(512);

const { info: INFO, next: NEXT, targets: TARGETS } = aliasTrie;

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function pick(targets: AliasTarget[], accept?: (t: AliasTarget) => boolean): AliasTarget | null {
  for (const t of targets) {
    if (accept && !accept(t)) continue;
    if (t.upper.length > 0 && !caseFits(upper, t.upper)) continue;
    return t;
  }
  return null;
}

/** Where the alias `findAlias` last found ends, and how many words it has; read right after the call. */
export const aliasHit = { end: 0, words: 0 };

function found(target: AliasTarget | null, end: number, words: number): AliasTarget | null {
  aliasHit.end = end;
  aliasHit.words = words;
  return target;
}

/**
 * matchGazetteer without building a match: the target, with its end and word count left in `aliasHit`. For the
 * scanner, which asks at every capitalized word.
 * @example
 * findAlias("North Korea said", 0)?.entry?.name // "North Korea", and aliasHit.end === 11
 */
export function findAlias(text: string, start: number, accept?: (t: AliasTarget) => boolean): AliasTarget | null {
  const n = text.length;
  let pos = start;
  let node = 0;
  let depth = 0;
  let bestEnd = -1;
  let bestTarget: AliasTarget | null = null;
  let bestWords = 0;
  for (let words = 1; words <= MAX_WORDS && depth < 400; words++) {
    // Walk one word's letters.
    let e = pos;
    for (; e < n; e++) {
      const c = text.charCodeAt(e);
      let slot: number;
      if (c >= 97 && c <= 122) slot = c - 97;
      else if (c >= 65 && c <= 90) slot = c - 65;
      else if (c >= 48 && c <= 57) slot = c - 22;
      else if (c < 128 || !isNameChar(c)) break;
      else {
        const ch = text[e];
        const folded = nameKey(ch);
        const isUpper = ch !== ch.toLowerCase();
        for (let k = 0; k < folded.length && node >= 0; k++) {
          node = trieChild(aliasTrie, node, folded.charCodeAt(k));
          upper[depth++] = isUpper ? 1 : 0;
        }
        if (node < 0) return found(bestTarget, bestEnd, bestWords);
        continue;
      }
      node = NEXT[node * SLOTS + slot];
      if (node < 0) return found(bestTarget, bestEnd, bestWords);
      upper[depth++] = c <= 90 ? 1 : 0;
    }
    if (e === pos) break;
    if ((INFO[node] & HAS_TARGETS) !== 0) {
      const target = pick(TARGETS[node]!, accept);
      if (target) {
        // "U.S." and "Y." keep their dot inside the match.
        bestEnd = e - pos === 1 && text.charCodeAt(e) === 46 ? e + 1 : e;
        bestTarget = target;
        bestWords = words;
      }
    }
    let next = e;
    // A possessive "’s" may belong inside a name ("Korean People’s Army").
    if (
      isApostrophe(text.charCodeAt(e)) &&
      (text.charCodeAt(e + 1) | 32) === 115 &&
      !isNameChar(text.charCodeAt(e + 2))
    ) {
      node = NEXT[node * SLOTS + 18];
      if (node < 0) break;
      upper[depth++] = text.charCodeAt(e + 1) === 83 ? 1 : 0;
      next = e + 2;
      if ((INFO[node] & HAS_TARGETS) !== 0) {
        const target = pick(TARGETS[node]!, accept);
        if (target) {
          bestEnd = next;
          bestTarget = target;
          bestWords = words;
        }
      }
    }
    if ((INFO[node] & COUNT_MASK) === 0) break;
    // Separator: one of " ", "-", ". ", "’ ", "' ", or "." inside initials.
    const c = text.charCodeAt(next);
    if (isSpace(c) || c === 45) next += 1;
    else if (c === 46 || isApostrophe(c)) {
      next += 1;
      if (isSpace(text.charCodeAt(next))) next += 1;
    } else break;
    if (next >= n || !isNameChar(text.charCodeAt(next))) break;
    pos = next;
  }
  return found(bestTarget, bestEnd, bestWords);
}

/**
 * The longest alias starting at `start` whose case fits, or null. `accept` narrows the targets considered.
 * @example
 * matchGazetteer("the Workers’ Party of Korea said", 4)?.target.entry?.name // "Workers' Party of Korea"
 */
export function matchGazetteer(
  text: string,
  start: number,
  accept?: (t: AliasTarget) => boolean,
): GazetteerMatch | null {
  const target = findAlias(text, start, accept);
  return target ? { start, end: aliasHit.end, target, words: aliasHit.words } : null;
}
