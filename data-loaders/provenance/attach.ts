import type { Fact, FactDraft, Sentence } from "../types.ts";
import { factId } from "./ids.ts";

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
  for (const fact of facts) {
    const index = sentenceAt(sentences, fact.start);
    const start = index >= 0 ? sentences[index].start : fact.start;
    // A fact that runs past its sentence (a quote spanning sentences) keeps the whole stretch as its context.
    const end = Math.max(index >= 0 ? sentences[index].end : fact.end, fact.end);
    fact.id = factId(doc, fact.kind, fact.start, fact.end);
    fact.doc = doc;
    fact.quote = text.slice(fact.start, fact.end);
    fact.sentence = { index, start, end, text: text.slice(start, end) };
  }
  return facts;
}
