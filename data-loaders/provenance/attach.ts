import type { Fact, FactDraft, Sentence } from "../types.ts";
import { factIdAfter, factIdPrefix } from "./ids.ts";

/** Index of the sentence containing `offset`, or of the nearest one before it (-1 when none). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function sentenceContext(text: string, index: number, start: number, end: number): Fact["sentence"] {
  return { index, start, end, text: text.slice(start, end) };
}

/**
 * Turns a document's drafts into facts with id, document, exact quote and enclosing sentence.
 * The drafts are extended in place: a document holds tens of thousands of them, and copying each doubles the garbage.
 */
export function attachProvenance(
  doc: string,
  text: string,
  sentences: readonly Sentence[],
  drafts: FactDraft[],
): Fact[] {
  const facts = drafts as Fact[];
  // Facts of one sentence share its context object: a sentence holds a dozen facts.
  const contexts: (Fact["sentence"] | undefined)[] = new Array(sentences.length);
  // Ids of one kind share their start ("money-doc-"): built once, not once per fact. A document has a handful of
  // kinds, so a list searched by identity (kinds are literals) beats hashing the kind in a Map for every fact.
  const kinds: string[] = [];
  const prefixes: string[] = [];
  let index = -1;
  let previousStart = -1;
  for (const fact of facts) {
    // In text order (as the pipeline merges them) the sentence only moves forward; otherwise search for it.
    if (fact.start < previousStart) index = sentenceAt(sentences, fact.start);
    else while (index + 1 < sentences.length && sentences[index + 1].start <= fact.start) index++;
    previousStart = fact.start;
    let k = 0;
    while (k < kinds.length && kinds[k] !== fact.kind) k++;
    if (k === kinds.length) {
      kinds.push(fact.kind);
      prefixes.push(factIdPrefix(doc, fact.kind));
    }
    const prefix = prefixes[k];
    fact.id = factIdAfter(prefix, fact.start, fact.end);
    fact.doc = doc;
    fact.quote = text.slice(fact.start, fact.end);
    if (index >= 0 && fact.end <= sentences[index].end) {
      fact.sentence = contexts[index] ??= sentenceContext(text, index, sentences[index].start, sentences[index].end);
      continue;
    }
    // A fact that runs past its sentence (a quote spanning sentences) keeps the whole stretch as its context.
    const start = index >= 0 ? sentences[index].start : fact.start;
    fact.sentence = sentenceContext(text, index, start, Math.max(index >= 0 ? sentences[index].end : 0, fact.end));
  }
  return facts;
}
