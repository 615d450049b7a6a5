// Names are matched on their letters and digits only, lower-cased and without accents, so "Kim Jong-un",
// "Kim Jong Un" and "Kim Jongun", or "Workers' Party" and "Workers’ Party", share one key.

const SPECIAL_FOLDS: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ø: "o",
  Ø: "o",
  ł: "l",
  Ł: "l",
  đ: "d",
  Đ: "d",
  ð: "d",
  Ð: "d",
  þ: "th",
  Þ: "th",
  ı: "i",
};

/** Whether a UTF-16 code unit can be part of a name: ASCII letters and digits, Latin letters with accents. */
export function isNameChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** Whether a code unit is an upper-case letter (ASCII or Latin with accents). */
export function isUpperChar(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  if (!isNameChar(code) || (code >= 0x300 && code <= 0x36f)) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

/** The key letters one character contributes: "É" → "e", "ß" → "ss", "-" → "". */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return isNameChar(code) ? ch.toLowerCase() : "";
  const special = SPECIAL_FOLDS[ch];
  if (special) return special;
  if (!isNameChar(code)) return "";
  return ch
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/**
 * The matching key of a name: its letters and digits, lower-cased, accents removed.
 * @example
 * nameKey("Kim Jong-un") === nameKey("Kim Jong Un") // "kimjongun"
 */
export function nameKey(name: string): string {
  let key = "";
  for (const ch of name) key += foldChar(ch);
  return key;
}

/** For each key letter of a name, whether it was written upper-case ("U.S." → [true, true]). */
export function upperFlags(name: string): boolean[] {
  const flags: boolean[] = [];
  for (const ch of name) {
    const folded = foldChar(ch);
    const upper = isUpperChar(ch.charCodeAt(0));
    for (let i = 0; i < folded.length; i++) flags.push(upper);
  }
  return flags;
}

/** Positions of the key letters an alias writes upper-case: a match must write them upper-case too. */
export function requiredUpper(alias: string): number[] {
  const out: number[] = [];
  upperFlags(alias).forEach((upper, i) => {
    if (upper) out.push(i);
  });
  return out;
}

/** Whether a surface form writes upper-case every letter the alias does ("Us" fails "US"; "KIM" passes "Kim"). */
export function caseFits(surfaceFlags: ArrayLike<boolean | number>, required: readonly number[]): boolean {
  for (const i of required) if (!surfaceFlags[i]) return false;
  return true;
}

/** A space inside a name or between words: ordinary, no-break (common in pasted news) or narrow no-break. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 0x202f;
}
