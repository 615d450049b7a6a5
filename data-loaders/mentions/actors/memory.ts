// What a document has already said about its people, so that "Kim said" and "Deputy Minister Kim" find the full
// name given earlier: the nearest preceding full mention with that surname, or the one whose roles fit the title.
import { nameKey } from "../../gazetteer/normalize.ts";
import { roleWords } from "./roles.ts";

/**
 * The key under which a short form is remembered: its letters, lower-cased, accents removed (as `nameKey` gives it).
 * Plain words, the common case, are only lower-cased, without the slow path of `toLowerCase` for text that is not
 * Latin-1.
 */
export function shortKey(word: string): string {
  let upperAt = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c < 65 || c > 90) return nameKey(word);
    if (upperAt >= 0) upperAt = word.length;
    else upperAt = i;
  }
  if (upperAt < 0) return word;
  if (upperAt === 0) return String.fromCharCode(word.charCodeAt(0) + 32) + word.slice(1);
  return word.toLowerCase();
}

// Lists of short forms remembered per person, to skip registering the same list again.
const MAX_FORM_LISTS = 8;

export interface Remembered {
  value: string;
  known: boolean;
  country: string | null;
  /** Roles the text and the gazetteer give this person. */
  roles: string[];
  /** Position of the latest full mention. */
  last: number;
  /** Key words of `roles`, kept up to date as roles are added. */
  roleWords: string[];
  /** Lists of short-form keys already registered for this person (the scanner reuses the same lists). */
  forms: string[][];
}

export class DocumentMemory {
  private readonly byKey = new Map<string, Remembered[]>();
  // For each key length below 32, the first letters (a–z as bits) of the keys remembered; set when a key is longer.
  // A plain array: a typed array this large is allocated off the heap, which costs more than the whole lookup saves.
  private readonly keyShapes: number[] = new Array<number>(32).fill(0);
  private longKeys = false;
  private readonly byValue = new Map<string, Remembered>();

  /**
   * Records a full mention: the role the text gives (`role`) and the gazetteer's (`knownRole`), and the keys
   * (`shortKey`) of the short forms that may refer back to it (surname, hyphenated given name).
   */
  remember(
    value: string,
    known: boolean,
    country: string | null,
    role: string | null,
    knownRole: string | null,
    at: number,
    keys: string[],
  ): void {
    let person = this.byValue.get(value);
    if (!person) {
      person = { value, known, country, roles: [], last: at, roleWords: [], forms: [] };
      this.byValue.set(value, person);
    }
    person.last = at;
    person.country ??= country;
    if (role) addRole(person, role);
    if (knownRole) addRole(person, knownRole);
    if (keys.length === 0 || person.forms.includes(keys)) return;
    if (person.forms.length < MAX_FORM_LISTS) person.forms.push(keys);
    for (const key of keys) {
      if (!key) continue;
      const list = this.byKey.get(key);
      if (key.length >= 32) this.longKeys = true;
      else {
        const first = key.charCodeAt(0) - 97;
        if (first >= 0 && first < 26) this.keyShapes[key.length] |= 1 << first;
      }
      if (!list) this.byKey.set(key, [person]);
      else if (!list.includes(person)) list.push(person);
    }
  }

  /** Whether text[start, end) is the short form of someone already named; most words are turned away unread. */
  hasAt(text: string, start: number, end: number): boolean {
    if (this.byKey.size === 0) return false;
    const length = end - start;
    if (length < 32 && !this.longKeys) {
      let plain = true;
      for (let i = start; i < end && plain; i++) {
        const c = text.charCodeAt(i) | 32;
        plain = c >= 97 && c <= 122;
      }
      // A word of plain letters has a key of the same length and first letter.
      if (plain && (this.keyShapes[length] & (1 << ((text.charCodeAt(start) | 32) - 97))) === 0) return false;
    }
    return this.byKey.has(shortKey(text.slice(start, end)));
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
      for (const w of wanted) if (c.roleWords.includes(w)) score += w === "vice" || w === "deputy" ? 2 : 1;
      if (score > bestScore || (score === bestScore && best !== null && c.last > best.last)) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }
}

function addRole(person: Remembered, role: string): void {
  if (person.roles.includes(role)) return;
  person.roles.push(role);
  for (const w of roleWords(role)) if (!person.roleWords.includes(w)) person.roleWords.push(w);
}
