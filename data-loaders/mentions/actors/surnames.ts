// "President Moon" with no full name earlier in the document: the gazetteer person of that surname whose offices
// fit the title, when exactly one does.
import type { GazetteerEntry } from "../../gazetteer/entry.ts";
import { entriesByName } from "../../gazetteer/lexicon.ts";
import { nameKey } from "../../gazetteer/normalize.ts";
import { roleWords } from "./roles.ts";

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** The word of a full name that later mentions use alone: "Kim" of "Kim Jong Un", "Price" of "Ned Price". */
export function surnameOf(words: readonly string[], surnameFirst: boolean): string | null {
  const names = words.filter((w) => !SUFFIX.test(w));
  if (names.length < 2) return null;
  return surnameFirst ? names[0] : names[names.length - 1];
}

const bySurname = new Map<string, GazetteerEntry[]>();
for (const entry of entriesByName.values()) {
  if (entry.kind !== "person") continue;
  const surname = surnameOf(entry.name.split(" "), entry.surnameFirst);
  if (!surname) continue;
  const key = nameKey(surname);
  const list = bySurname.get(key) ?? [];
  list.push(entry);
  bySurname.set(key, list);
}

/** The one gazetteer person with this surname whose role fits the title ("President" + "Moon"), or null. */
export function personBySurnameAndTitle(surname: string, title: string): GazetteerEntry | null {
  const candidates = bySurname.get(nameKey(surname));
  if (!candidates) return null;
  const wanted = roleWords(title);
  if (wanted.length === 0) return null;
  const fits = candidates.filter((c) => {
    const have = roleWords(c.role ?? "");
    return wanted.every((w) => have.includes(w));
  });
  return fits.length === 1 ? fits[0] : null;
}
