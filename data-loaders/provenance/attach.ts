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

/** Turns an extractor's draft into a fact with id, document, exact quote and enclosing sentence. */
export function attachProvenance(doc: string, text: string, sentences: readonly Sentence[], draft: FactDraft): Fact {
  const index = sentenceAt(sentences, draft.start);
  const sentence = index >= 0 ? sentences[index] : { index: -1, start: draft.start, end: draft.end };
  // A fact that runs past its sentence (a quote spanning sentences) keeps the whole stretch as its context.
  const end = Math.max(sentence.end, draft.end);
  return {
    ...draft,
    id: factId(doc, draft.kind, draft.start, draft.end),
    doc,
    quote: text.slice(draft.start, draft.end),
    sentence: { index, start: sentence.start, end, text: text.slice(sentence.start, end) },
  };
}
