// Longest gazetteer match at a position: walk the alias trie letter by letter (lower-cased, accents folded), word
// by word, and remember the longest word boundary that names something. Words may be joined by a space, a hyphen,
// an apostrophe ("Workers’ Party"), a possessive "’s" ("People’s") or the dots of initials ("U.S.", "Sung Y. Kim").
import type { AliasTarget } from "./entry.ts";
import { aliasTrie, trieChild, type TrieNode } from "./lexicon.ts";
import { caseFits, isNameChar, isSpace, nameKey } from "./normalize.ts";

export interface GazetteerMatch {
  start: number;
  end: number;
  target: AliasTarget;
  /** Number of words matched. */
  words: number;
}

const MAX_WORDS = 12;

// Whether each key letter walked so far was upper-case in the text; reused across calls.
const upper: boolean[] = [];

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function pick(targets: AliasTarget[], depth: number, accept?: (t: AliasTarget) => boolean): AliasTarget | null {
  upper.length = depth;
  for (const t of targets) {
    if (accept && !accept(t)) continue;
    if (t.upper.length > 0 && !caseFits(upper, t.upper)) continue;
    return t;
  }
  return null;
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
  const n = text.length;
  let pos = start;
  let node: TrieNode | undefined = aliasTrie;
  let depth = 0;
  let bestEnd = -1;
  let bestTarget: AliasTarget | null = null;
  let bestWords = 0;
  for (let words = 1; words <= MAX_WORDS; words++) {
    // Walk one word's letters.
    let e = pos;
    for (; e < n; e++) {
      const c = text.charCodeAt(e);
      if (c < 128) {
        const lower = c >= 65 && c <= 90 ? c + 32 : c;
        if (!((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57))) break;
        node = trieChild(node, lower);
        if (!node) return bestTarget ? { start, end: bestEnd, target: bestTarget, words: bestWords } : null;
        upper[depth++] = lower !== c;
      } else {
        if (!isNameChar(c)) break;
        const ch = text[e];
        const folded = nameKey(ch);
        const isUpper = ch !== ch.toLowerCase();
        for (let k = 0; k < folded.length && node; k++) {
          node = trieChild(node, folded.charCodeAt(k));
          upper[depth++] = isUpper;
        }
        if (!node) return bestTarget ? { start, end: bestEnd, target: bestTarget, words: bestWords } : null;
      }
    }
    if (e === pos) break;
    if (node.targets) {
      const target = pick(node.targets, depth, accept);
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
      node = trieChild(node, 115);
      if (!node) break;
      upper[depth++] = text.charCodeAt(e + 1) === 83;
      next = e + 2;
      if (node.targets) {
        const target = pick(node.targets, depth, accept);
        if (target) {
          bestEnd = next;
          bestTarget = target;
          bestWords = words;
        }
      }
    }
    if (!node.next && !node.other) break;
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
  return bestTarget ? { start, end: bestEnd, target: bestTarget, words: bestWords } : null;
}
