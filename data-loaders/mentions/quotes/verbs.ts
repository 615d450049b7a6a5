// The verbs of attribution ("said", "told", "quoted … as saying") near quotations, found once per stretch of text.
import type { QuoteSpan } from "./marks.ts";
import { VERB, verbKind, type VerbKind } from "./vocabulary.ts";

export interface Verb {
  start: number;
  end: number;
  kind: VerbKind;
}

// "insisting on the ‘US responsibility theory’", "called on Pyongyang to …": a stance, not words spoken.
const NOT_SPEECH_AFTER = /^\s+on\b/;
const BLOCK = 256;
// One compiled copy, reset for each block (the scan is not re-entered while a block is read).
const VERB_SCAN = new RegExp(VERB.source, "gi");
// A verb of attribution is at most this long ("emphasising"), so a block is read with this much margin.
const MARGIN = 16;

/**
 * The verbs of attribution of a text, read block by block as quotations ask for them, leaving out those inside
 * quotations, "so-called", and stances such as "insisting on".
 */
export class VerbIndex {
  private readonly blocks: (Verb[] | undefined)[];

  constructor(
    private readonly text: string,
    private readonly quotes: readonly QuoteSpan[],
  ) {
    this.blocks = new Array<Verb[] | undefined>(Math.ceil(text.length / BLOCK) + 1);
  }

  /** The verbs lying wholly in [from, to), in order. */
  within(from: number, to: number): Verb[] {
    const out: Verb[] = [];
    if (to <= from) return out;
    for (let b = Math.floor(from / BLOCK); b <= Math.floor((to - 1) / BLOCK); b++) {
      for (const v of this.block(b)) if (v.start >= from && v.end <= to) out.push(v);
    }
    return out;
  }

  private block(b: number): Verb[] {
    const cached = this.blocks[b];
    if (cached) return cached;
    const { text } = this;
    const start = b * BLOCK;
    const end = Math.min(text.length, start + BLOCK);
    const offset = Math.max(0, start - MARGIN);
    const slice = text.slice(offset, Math.min(text.length, end + MARGIN));
    const re = VERB_SCAN;
    re.lastIndex = 0;
    const verbs: Verb[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const vStart = offset + m.index;
      if (vStart < start) continue;
      if (vStart >= end) break;
      const vEnd = vStart + m[0].length;
      if (this.inQuote(vStart)) continue;
      if (text.charCodeAt(vStart - 1) === 45 || text.charCodeAt(vEnd) === 45) continue;
      if (NOT_SPEECH_AFTER.test(text.slice(vEnd, vEnd + 4))) continue;
      verbs.push({ start: vStart, end: vEnd, kind: verbKind(m[0]) });
    }
    this.blocks[b] = verbs;
    return verbs;
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
