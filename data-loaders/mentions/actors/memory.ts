// What a document has already said about its people, so that "Kim said" and "Deputy Minister Kim" find the full
// name given earlier: the nearest preceding full mention with that surname, or the one whose roles fit the title.
import { nameKey } from "../../gazetteer/normalize.ts";
import { roleWords } from "./roles.ts";

// Plain words are the common case: lower-case them; anything with marks or accents goes through nameKey.
function shortKey(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return nameKey(word);
  }
  return word.toLowerCase();
}

export interface Remembered {
  value: string;
  known: boolean;
  country: string | null;
  /** Roles the text and the gazetteer give this person. */
  roles: string[];
  /** Position of the latest full mention. */
  last: number;
  /** Key words of `roles`, kept up to date as roles are added. */
  roleWords: Set<string>;
}

export class DocumentMemory {
  private readonly byKey = new Map<string, Remembered[]>();
  private readonly byValue = new Map<string, Remembered>();

  /** Records a full mention and the short forms that may refer back to it (surname, hyphenated given name). */
  remember(
    value: string,
    info: { known: boolean; country: string | null; roles: (string | null)[]; at: number; shortForms: string[] },
  ): void {
    let person = this.byValue.get(value);
    if (!person) {
      person = { value, known: info.known, country: info.country, roles: [], last: info.at, roleWords: new Set() };
      this.byValue.set(value, person);
    }
    person.last = info.at;
    person.country ??= info.country;
    for (const r of info.roles) {
      if (!r || person.roles.includes(r)) continue;
      person.roles.push(r);
      for (const w of roleWords(r)) person.roleWords.add(w);
    }
    for (const form of info.shortForms) {
      const key = shortKey(form);
      if (!key) continue;
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(person)) list.push(person);
      this.byKey.set(key, list);
    }
  }

  /** Whether a word is the short form of someone already named. */
  has(word: string): boolean {
    return this.byKey.size > 0 && this.byKey.has(shortKey(word));
  }

  /**
   * The person a short form refers to: among those it can name, the one whose roles best fit the title written with
   * it ("Deputy Minister Kim" → the Kim who is a deputy), ties going to the most recent full mention.
   */
  recall(word: string, title: string | null): Remembered | null {
    const candidates = this.byKey.get(shortKey(word));
    if (!candidates || candidates.length === 0) return null;
    if (candidates.length === 1) return candidates[0];
    const wanted = title ? roleWords(title) : [];
    let best: Remembered | null = null;
    let bestScore = -1;
    for (const c of candidates) {
      let score = 0;
      for (const w of wanted) if (c.roleWords.has(w)) score += w === "vice" || w === "deputy" ? 2 : 1;
      if (score > bestScore || (score === bestScore && best !== null && c.last > best.last)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }
}
