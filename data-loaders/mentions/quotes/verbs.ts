// The verbs of attribution ("said", "told", "quoted … as saying") near quotations, read only where a quotation asks
// for them: after it up to the first verb that decides, before it back to its sentence's start.
import type { QuoteSpan } from "./marks.ts";
import { VERB, verbKind, type VerbKind } from "./vocabulary.ts";
import { isSpace } from "../../segment/whitespace.ts";

export interface Verb {
  start: number;
  end: number;
  kind: VerbKind;
}

// "insisting on the ‘US responsibility theory’", "called on Pyongyang to …": a stance, not words spoken. Read in
// place as /^\s+on\b/ reads the next four characters: white space, then "on" ending a word or those four. Only these
// verbs make a stance with "on": "said on Tuesday", "said on state television" report words.
const STANCE_REACH = 4;
const STANCE_VERB = /^(?:insist|call)/i;

function isStanceAfter(text: string, pos: number): boolean {
  const end = Math.min(text.length, pos + STANCE_REACH);
  let k = pos;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k === pos || k + 2 > end || text.charCodeAt(k) !== 111 || text.charCodeAt(k + 1) !== 110) return false;
  return k + 2 === end || !isWordChar(text.charCodeAt(k + 2));
}

/** A character of `\w`. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

// One compiled copy (a scan is not re-entered while it runs).
const VERB_SCAN = new RegExp(VERB.source, "gi");
// A verb of attribution is at most this long ("emphasising"), so a stretch is read with this much context around it,
// for the word boundaries at its ends.
const MARGIN = 16;

/** The verbs of attribution of a text, leaving out those inside quotations, "so-called", and stances ("insisting on"). */
export class VerbIndex {
  constructor(
    private readonly text: string,
    private readonly quotes: readonly QuoteSpan[],
  ) {}

  /** The verbs lying wholly in [from, to), in order. */
  within(from: number, to: number): Verb[] {
    const out: Verb[] = [];
    this.scan(from, to, out, null);
    return out;
  }

  /** The first verb lying wholly in [from, to) that `passes` accepts, reading no further than needed. */
  first(from: number, to: number, passes: (v: Verb) => boolean): Verb | null {
    return this.scan(from, to, null, passes);
  }

  private scan(from: number, to: number, out: Verb[] | null, passes: ((v: Verb) => boolean) | null): Verb | null {
    if (to <= from) return null;
    const { text } = this;
    const offset = Math.max(0, from - MARGIN);
    const slice = text.slice(offset, Math.min(text.length, to + MARGIN));
    const re = VERB_SCAN;
    re.lastIndex = from - offset;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const vStart = offset + m.index;
      const vEnd = vStart + m[0].length;
      if (vEnd > to) break;
      if (this.inQuote(vStart)) continue;
      if (text.charCodeAt(vStart - 1) === 45 || text.charCodeAt(vEnd) === 45) continue;
      if (isStanceAfter(text, vEnd) && STANCE_VERB.test(m[0])) continue;
      const verb = { start: vStart, end: vEnd, kind: verbKind(m[0]) };
      if (out) out.push(verb);
      else if (passes?.(verb)) return verb;
    }
    return null;
  }

  private inQuote(pos: number): boolean {
    const { quotes } = this;
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < quotes.length && quotes[lo].start <= pos;
  }
}
