import type { ActorDraft } from "../types.ts";
import { isNameChar, isUpperChar } from "../gazetteer/normalize.ts";
import { wordEnd } from "./actors/names.ts";
import { ActorScanner } from "./actors/scan.ts";

// Gate: any upper-case letter; inner capitals ("NationPress") are skipped with their word.
const CAPITAL = /[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]/g;

/**
 * People, organizations and countries named in a text, each with its canonical name from the gazetteer (or the name
 * as written), its category, country and the role the text gives it. Later short forms ("Kim said") resolve to the
 * full name given earlier.
 * @example
 * extractActors("South Korean Prime Minister Han Duck-soo said").map((a) => a.value)
 * // ["South Korea", "Han Duck-soo"]
 */
export function extractActors(text: string): ActorDraft[] {
  const scanner = new ActorScanner(text);
  const gate = CAPITAL;
  gate.lastIndex = 0;
  // test() moves lastIndex past the one-letter match without building a match array.
  while (gate.test(text)) {
    const pos = gate.lastIndex - 1;
    if (pos > 0 && isNameChar(text.charCodeAt(pos - 1))) {
      gate.lastIndex = Math.max(wordEnd(text, pos), pos + 1);
      continue;
    }
    if (!isUpperChar(text.charCodeAt(pos))) continue;
    gate.lastIndex = Math.max(scanner.at(pos), pos + 1);
  }
  return scanner.drafts;
}
