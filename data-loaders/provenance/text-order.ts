// Each extractor finds its mentions from the start of the text to the end, so a document's facts are a handful of
// lists already in text order. Merging them takes one comparison per fact; sorting the concatenation took about 3% of
// the pipeline (bench).
import type { FactDraft } from "../types.ts";

/** Text order: by start, then end, then kind, so that two runs agree byte for byte. */
export function byPosition(a: FactDraft, b: FactDraft): number {
  return a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

function isOrdered(list: readonly FactDraft[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPosition(list[i - 1], list[i]) > 0) return false;
  return true;
}

/** `list` itself when it is in text order, else a sorted copy. */
function inTextOrder<T extends FactDraft>(list: T[]): T[] {
  return isOrdered(list) ? list : [...list].sort(byPosition);
}

function mergeTwo(a: readonly FactDraft[], b: readonly FactDraft[]): FactDraft[] {
  const out: FactDraft[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // Ties go to `a`: the earlier list, as a stable sort of the concatenation would order them.
  while (i < a.length && j < b.length) out[k++] = byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * The facts of all `lists` in text order, as one new array. A list out of order is sorted first (a copy), so any
 * extractor may return its mentions in any order.
 */
export function mergeInTextOrder(lists: readonly FactDraft[][]): FactDraft[] {
  let merged: FactDraft[] = [];
  for (const list of lists) {
    const ordered = inTextOrder(list);
    merged = merged.length === 0 ? [...ordered] : mergeTwo(merged, ordered);
  }
  return merged;
}
