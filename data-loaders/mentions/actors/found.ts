import type { ActorDraft } from "../../types.ts";
import type { AliasForm } from "../../gazetteer/entry.ts";

/** How the text named an actor: a gazetteer alias form, a rule, or a short form remembered from earlier. */
export type FoundForm = AliasForm | "rule" | "memory";

/** The actors recognized so far, in text order, with how each was named ("demonym" for "North Korean"). */
export interface FoundList {
  drafts: ActorDraft[];
  forms: FoundForm[];
}

/** Index of the recognized actor that starts at `start`, searching back from the most recent, or -1. */
export function foundStartingAt(found: FoundList, start: number): number {
  const { drafts } = found;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const s = drafts[i].start;
    if (s === start) return i;
    if (s < start) return -1;
  }
  return -1;
}

/** The country an actor stands for or belongs to. */
export function countryOfDraft(draft: ActorDraft): string | null {
  return draft.kind === "country" ? draft.value : draft.country;
}
