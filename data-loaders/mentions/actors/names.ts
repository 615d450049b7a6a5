// Reading a run of capitalized name words ("Han Duck-soo", "Sung Y. Kim", "Ursula von der Leyen") and the shapes
// that make a run look like a person's name without any title around it (Korean surname + given syllables).
import { isNameChar, isSpace, isUpperChar } from "../../gazetteer/normalize.ts";
import { ROLE_HEADS, ROLE_MODIFIERS } from "./roles.ts";
import { caseShape, NO_UPPER, WordTable } from "./word-table.ts";

export const KOREAN_SURNAMES = new Set(
  `kim lee yi ri rhee park pak bak choi choe jung jeong chung jong kang cho jo yoon yun jang chang lim rim im han oh o
  seo suh so shin sin kwon gwon hwang ahn an song jeon jon chun hong ko koh go moon mun yang ryang son sohn bae baek
  paek paik heo hur yoo yu ryu nam noh roh ro no ha kwak cha joo ju woo wu min na jin ji um eom chae won cheon bang
  gong hyun hyon ham byun pyon yeom choo chu do tak seok sun seol ma gil pyo myung ban ok wi thae kye ho`
    .split(/\s+/)
    .filter(Boolean),
);

// Capitalized words that are never part of a person's name.
export const NOT_NAME_WORDS = new Set(
  `the a an in on at for with by from to of and but or if as it its he she they we i you his her their our my this that
  these those there here when while after before since although though however meanwhile also even yet so such some
  any all both each many most more other another no not now then why what who how which where whether because
  says said say tells told will would should could can may might must has have had is are was were be been being do
  does did new old first last next top over under up down out off about against into through amid despite toward
  towards via per only just like than ahead back home news breaking update updated read more source tags share photo
  image video listen live get leave reply comment community prev next related see also watch click subscribe
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow
  north south east west northern southern eastern western central asia pacific asian european african
  sanctions sanction nuclear missile missiles ballistic icbm test tests crypto cryptocurrency bitcoin ethereum
  government administration ministry department agency office committee council party army navy force forces
  command bureau service commission assembly court university institute center centre foundation association
  group company corporation corp inc ltd bank exchange trading network labs lab fund organization organisation
  union federation times post daily herald journal television tv radio broadcasting press media
  republic democratic people peoples kingdom state states united nations international national federal
  summit talks meeting conference forum treaty agreement resolution report statement war peninsula sea island
  why how key takeaways synopsis chapter section part article analysis opinion editorial commentary
  police military intelligence security defense defence foreign affairs economic external policy strategic
  special affairs hacking hackers hacker lazarus cabinet secretariat presidium politburo treasury congress
  parliament senate`
    .split(/\s+/)
    .filter(Boolean),
);

const NAME_PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "da",
  "di",
  "du",
  "la",
  "le",
  "bin",
  "al",
  "el",
  "ibn",
]);
const SUFFIXES = new Set(["Jr", "Sr", "II", "III", "IV"]);
const MAX_RUN = 8;

export interface NameWord {
  start: number;
  end: number;
  text: string;
}

/** End of a name word at `start`: letters, with inner hyphens and apostrophes ("Duck-soo", "O'Brien"). */
export function wordEnd(text: string, start: number): number {
  const n = text.length;
  let e = start;
  while (e < n) {
    const c = text.charCodeAt(e);
    if (isNameChar(c)) e++;
    else if ((c === 45 || c === 39 || c === 0x2019) && e > start && isNameChar(text.charCodeAt(e + 1))) {
      // "Korea’s" ends before the possessive.
      if (c !== 45 && (text.charCodeAt(e + 1) | 32) === 115 && !isNameChar(text.charCodeAt(e + 2))) break;
      e++;
    } else break;
  }
  return e;
}

const NOT_NAME = 1;
const PARTICLE = 2;
const SUFFIX = 4;
const NAME_TABLE = new WordTable([
  ...[...NOT_NAME_WORDS, ...ROLE_HEADS, ...ROLE_MODIFIERS].map((w): [string, number] => [w, NOT_NAME]),
  ...[...NAME_PARTICLES].map((w): [string, number] => [w, PARTICLE]),
  ...[...SUFFIXES].map((w): [string, number] => [w.toLowerCase(), SUFFIX]),
]);

/**
 * Whether the capitalized word text[start, end) may be part of a name: not a function word, month, title or office
 * noun, whether it opens a sentence ("The") or is written in capitals ("THE").
 */
export function isNameWordAt(
  text: string,
  start: number,
  end: number,
  flags = NAME_TABLE.get(text, start, end),
): boolean {
  // A listed word passes only in lower case, which a capitalized word is not.
  return (flags & NOT_NAME) === 0 || (caseShape(text, start, end) & NO_UPPER) !== 0;
}

/**
 * The name run `readNameRunAt` read last: each word's start, end (after an initial's dot) and the end of its
 * letters. Read right after the call.
 */
export const nameRun = {
  starts: new Int32Array(MAX_RUN),
  ends: new Int32Array(MAX_RUN),
  letterEnds: new Int32Array(MAX_RUN),
};

/**
 * readNameRun without building the words: how many there are, their bounds left in `nameRun`.
 */
export function readNameRunAt(text: string, start: number, max = 4): number {
  const { starts, ends, letterEnds } = nameRun;
  let count = 0;
  let lastIsParticle = false;
  let pos = start;
  while (count < max) {
    const c = text.charCodeAt(pos);
    const lower = !isUpperChar(c);
    const e = wordEnd(text, pos);
    if (e === pos) break;
    const flags = NAME_TABLE.get(text, pos, e);
    if (lower) {
      // Lower-case particles only between name words ("Ursula von der Leyen").
      if (count === 0 || !isParticle(text, pos, e, flags)) break;
    } else if (!isNameWordAt(text, pos, e, flags) && !(count > 0 && isSuffix(text, pos, e, flags))) break;
    let next = e;
    let end = e;
    if (text.charCodeAt(e) === 46 && !lower && (e - pos === 1 || isSuffix(text, pos, e, flags))) {
      // An initial or suffix with its dot: "Y.", "Jr."
      end = e + 1;
      next = e + 1;
    }
    starts[count] = pos;
    ends[count] = end;
    letterEnds[count] = e;
    count++;
    lastIsParticle = lower;
    if (!isSpace(text.charCodeAt(next)) || !isNameChar(text.charCodeAt(next + 1))) break;
    pos = next + 1;
  }
  // Trailing particles are not names.
  while (count > 0 && lastIsParticle) {
    count--;
    lastIsParticle = count > 0 && !isUpperChar(text.charCodeAt(starts[count - 1]));
  }
  return count;
}

/**
 * The capitalized name words starting at `start` (at most `max`): "Kim Un-chol", "Sung Y. Kim". Stops at words
 * that cannot be names ("Says", "Ministry", "Monday") and at anything but a single space or an initial's dot.
 */
export function readNameRun(text: string, start: number, max = 4): NameWord[] {
  return nameRunWords(text, readNameRunAt(text, start, max));
}

/** The `count` words `readNameRunAt` left in `nameRun`. */
export function nameRunWords(text: string, count: number): NameWord[] {
  const words: NameWord[] = [];
  for (let i = 0; i < count; i++) {
    words.push({
      start: nameRun.starts[i],
      end: nameRun.ends[i],
      text: text.slice(nameRun.starts[i], nameRun.letterEnds[i]),
    });
  }
  return words;
}

function isParticle(text: string, start: number, end: number, flags: number): boolean {
  return (flags & PARTICLE) !== 0 && (caseShape(text, start, end) & NO_UPPER) !== 0;
}

// Suffixes keep their own case: "Jr", "III".
function isSuffix(text: string, start: number, end: number, flags: number): boolean {
  return (flags & SUFFIX) !== 0 && SUFFIXES.has(text.slice(start, end));
}

/** The capitalized name word at `pos`, as readNameRun would read it first, or null. */
export function nameWordAt(text: string, pos: number): string | null {
  if (!isUpperChar(text.charCodeAt(pos))) return null;
  const e = wordEnd(text, pos);
  return e > pos && isNameWordAt(text, pos, e) ? text.slice(pos, e) : null;
}

// One Korean syllable in roman letters: a consonant cluster, one vowel cluster, an optional final consonant.
const KOREAN_SYLLABLE = /^(?:[bcdfghjklmnprstwy]{0,3})[aeiouwy]{1,3}(?:ng|n|l|k|m|p|t|r|b|g|c|ck)?$/;

export function isKoreanSyllable(word: string): boolean {
  return word.length <= 6 && KOREAN_SYLLABLE.test(word.toLowerCase());
}

/**
 * Whether name words read as a Korean name: a Korean surname, then a hyphenated given name ("Un-chol") or two
 * capitalized syllables ("Yong Chol").
 */
export function looksKorean(words: readonly NameWord[]): boolean {
  if (words.length < 2 || words.length > 3 || !KOREAN_SURNAMES.has(words[0].text.toLowerCase())) return false;
  const given = words.slice(1).map((w) => w.text);
  if (given.length === 1) {
    const parts = given[0].split("-");
    return parts.length === 2 && parts.every((p) => isKoreanSyllable(p)) && /^[A-Z][a-z]+-[a-z]+$/.test(given[0]);
  }
  return given.every((g) => /^[A-Z][a-z]+$/.test(g) && isKoreanSyllable(g));
}
