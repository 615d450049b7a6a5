// Titles and roles around a name: "South Korean Prime Minister Han Duck-soo" (before), "Kim Un-chol, North Korea's
// vice foreign minister overseeing US relations," (appositive after), "Seoul’s envoy for peace …, Kim Gunn," (a role
// phrase set off before the name).
import { isSpace, isUpperChar } from "../../gazetteer/normalize.ts";
import { aliasHit, findAlias } from "../../gazetteer/match.ts";
import { resolveGeneric } from "../../gazetteer/lexicon.ts";
import type { GazetteerEntry } from "../../gazetteer/entry.ts";
import {
  FAMILY_WORD,
  HONORIFIC,
  isHonorificAt,
  isRoleWordShape,
  ROLE_HEAD,
  ROLE_MODIFIER,
  roleEntries,
} from "./roles.ts";
import { tokenEndAt, tokenStartBefore } from "./tokens.ts";
import { countryOfDraft, type FoundList, foundStartingAt } from "./found.ts";
import { caseShape, NO_UPPER, WordTable } from "./word-table.ts";

export interface Title {
  /** The role as written ("Prime Minister"), null for a bare honorific ("Mr."). */
  role: string | null;
  /** Country the title attaches the person to ("South Korean", "Washington’s"). */
  country: string | null;
}

const CONNECTORS = ["for", "of", "on", "and", "to", "the"];
const DETERMINERS = ["a", "an", "the", "another", "its", "his", "her", "their", "then", "former"];
const MAX_TITLE_WORDS = 14;

const ORG_NOUNS = [
  "website",
  "newspaper",
  "daily",
  "outlet",
  "broadcaster",
  "agency",
  "magazine",
  "company",
  "firm",
  "exchange",
  "bank",
  "group",
  "platform",
  "startup",
  "network",
  "think",
  "institute",
  "organization",
  "organisation",
  "service",
  "mixer",
];

// Role words plus the words of this module, in one table (bits 1–8 are the role bits).
const CONNECTOR = 16;
const DETERMINER = 32;
const ORG_NOUN = 64;
// "of", "for", "the" continue an appositive's role in any case ("Vice Minister of the …").
const CONTINUES_ROLE = 128;
const TITLE_TABLE = new WordTable([
  ...roleEntries(),
  ...CONNECTORS.map((w): [string, number] => [w, CONNECTOR]),
  ...DETERMINERS.map((w): [string, number] => [w, DETERMINER]),
  ...ORG_NOUNS.map((w): [string, number] => [w, ORG_NOUN]),
  ...["of", "for", "the"].map((w): [string, number] => [w, CONTINUES_ROLE]),
]);

// The words of the title being read, in scratch arrays (titles are read one at a time): offsets, table flags, and
// ROLE / HONORIFIC bits.
const MAX_READ = MAX_TITLE_WORDS + 1;
const wordStart = new Int32Array(MAX_READ);
const wordEnd = new Int32Array(MAX_READ);
const wordFlags = new Int32Array(MAX_READ);
const wordKind = new Uint8Array(MAX_READ);
/** A role word in a role word's case ("minister", "Minister", "MINISTER"). */
const ROLE = 1;
/** An abbreviated title ("Mr.", "Gen"). */
const ABBREVIATED = 2;

/** Reads the word text[start, end) into slot `i`. */
function readWord(text: string, i: number, start: number, end: number): void {
  const flags = TITLE_TABLE.get(text, start, end);
  let kind = 0;
  if ((flags & (ROLE_HEAD | ROLE_MODIFIER)) !== 0 && isRoleWordShape(flags, caseShape(text, start, end), end - start))
    kind |= ROLE;
  if (((flags & HONORIFIC) !== 0 || text.charCodeAt(end - 1) === 46) && isHonorificAt(text, start, end, flags))
    kind |= ABBREVIATED;
  wordStart[i] = start;
  wordEnd[i] = end;
  wordFlags[i] = flags;
  wordKind[i] = kind;
}

/** Puts the first `n` words in the opposite order (they are read from the name backwards). */
function reverseWords(n: number): void {
  // Swapped in place: subarray views and a list of the columns cost more than the swaps, once per name read.
  for (let i = 0, j = n - 1; i < j; i++, j--) {
    swap(wordStart, i, j);
    swap(wordEnd, i, j);
    swap(wordFlags, i, j);
    swap(wordKind, i, j);
  }
}

function swap(column: Int32Array | Uint8Array, i: number, j: number): void {
  const t = column[i];
  column[i] = column[j];
  column[j] = t;
}

/** A connector written in lower case: "for", "of", "the". */
function isConnector(text: string, i: number): boolean {
  return (wordFlags[i] & CONNECTOR) !== 0 && (caseShape(text, wordStart[i], wordEnd[i]) & NO_UPPER) !== 0;
}

/** A noun heading a title ("minister", "Spokesman"), not a family word ("sister"). */
function isOfficeHead(flags: number): boolean {
  return (flags & ROLE_HEAD) !== 0 && (flags & FAMILY_WORD) === 0;
}

/** Role and country from title words [from, n): an actor at their start is the affiliation, the rest the role. */
function titleFrom(text: string, n: number, from: number, found: FoundList): Title | null {
  let first = from;
  while (first < n && (wordFlags[first] & DETERMINER) !== 0) first++;
  const at = first < n ? foundStartingAt(found, wordStart[first]) : -1;
  const affiliation = at >= 0 && found.drafts[at].kind !== "person" ? found.drafts[at] : null;
  let roleStart = first;
  if (affiliation) {
    while (roleStart < n && wordStart[roleStart] < affiliation.end) roleStart++;
  }
  let hasHead = false;
  let roleFirst = -1;
  let roleLast = -1;
  for (let i = roleStart; i < n; i++) {
    const abbreviated = (wordKind[i] & ABBREVIATED) !== 0;
    if (isOfficeHead(wordFlags[i]) || abbreviated) hasHead = true;
    if (!abbreviated) {
      if (roleFirst < 0) roleFirst = i;
      roleLast = i;
    }
  }
  if (!hasHead) return null;
  const role = roleFirst >= 0 ? text.slice(wordStart[roleFirst], wordEnd[roleLast]) : null;
  let country = affiliation ? countryOfDraft(affiliation) : null;
  if (!country) {
    // "senior Japanese Foreign Ministry official": a country word before the office noun.
    for (let i = roleStart; i < n; i++) {
      if ((wordFlags[i] & ROLE_HEAD) !== 0) break;
      const f = foundStartingAt(found, wordStart[i]);
      if (f >= 0 && found.drafts[f].kind !== "person" && found.forms[f] !== "capital") {
        country = countryOfDraft(found.drafts[f]);
        break;
      }
    }
  }
  return { role, country };
}

/**
 * The title written right before a name, word after word back to the first word that cannot belong to one:
 * "US State Department spokesman" → role "spokesman", country United States.
 * @example
 * titleBefore("South Korean Prime Minister Han Duck-soo", 28, found) // { role: "Prime Minister", country: "South Korea" }
 */
export function titleBefore(text: string, nameStart: number, found: FoundList): Title | null {
  // Read back from the name, nearest word first.
  let n = 0;
  let pos = nameStart;
  while (n < MAX_TITLE_WORDS) {
    const start = tokenStartBefore(text, pos);
    if (start < 0) break;
    readWord(text, n, start, pos - 1);
    if (isUpperChar(text.charCodeAt(start))) {
      const at = foundStartingAt(found, start);
      if (at >= 0 && found.drafts[at].kind === "person") break;
    } else if ((wordKind[n] & ROLE) === 0 && !(n > 0 && isConnector(text, n))) break;
    n++;
    pos = start;
  }
  if (n === 0) return null;
  reverseWords(n);
  let first = 0;
  while (first < n && isConnector(text, first)) first++;
  if (first === n) return null;
  let firstRole = first;
  while (firstRole < n && wordKind[firstRole] === 0) firstRole++;
  if (firstRole === n) return null;
  // Capitalized words before the first role word belong to the title only if an actor covers them.
  while (first < firstRole && foundStartingAt(found, wordStart[first]) < 0) first++;
  return titleFrom(text, n, first, found);
}

/**
 * A role phrase set off by a comma before a full name: "Seoul’s envoy for peace and security affairs on the Korean
 * peninsula, Kim Gunn," → role "envoy for peace and security affairs on the Korean peninsula", South Korea.
 */
export function titleSetOffBefore(text: string, nameStart: number, found: FoundList): Title | null {
  if (!isSpace(text.charCodeAt(nameStart - 1)) || text.charCodeAt(nameStart - 2) !== 44) return null;
  let n = 0;
  let end = nameStart - 2;
  let start = tokenStartBefore(text, end, true);
  while (start >= 0 && n <= MAX_TITLE_WORDS) {
    readWord(text, n++, start, end);
    end = start - 1;
    start = tokenStartBefore(text, start);
  }
  if (n === 0 || n > MAX_TITLE_WORDS) return null;
  reverseWords(n);
  let head = false;
  for (let i = 0; i < n && i < 6 && !head; i++) head = isOfficeHead(wordFlags[i]);
  if (!head) return null;
  const opensTitle =
    (wordFlags[0] & DETERMINER) !== 0 || (wordKind[0] & ROLE) !== 0 || foundStartingAt(found, wordStart[0]) >= 0;
  if (!opensTitle) return null;
  return titleFrom(text, n, 0, found);
}

export interface Appositive extends Title {
  /** The noun the appositive ends on when it describes an organization ("website", "newspaper"). */
  orgNoun: string | null;
}

/**
 * The appositive after a name: ", North Korea's vice foreign minister overseeing US relations," → role "vice
 * foreign minister", country North Korea; ", another North Korean website," → an organization.
 */
export function appositiveAfter(text: string, nameEnd: number): Appositive | null {
  if (text.charCodeAt(nameEnd) !== 44 || !isSpace(text.charCodeAt(nameEnd + 1))) return null;
  let pos = nameEnd + 2;
  let country: string | null = null;
  let roleStart = -1;
  let roleEnd = -1;
  let heads = 0;
  let orgNoun: string | null = null;
  for (let steps = 0; steps < 16; steps++) {
    const end = tokenEndAt(text, pos);
    if (end === pos) break;
    readWord(text, 0, pos, end);
    const flags = wordFlags[0];
    const role = (wordKind[0] & ROLE) !== 0;
    const inRole = roleStart >= 0;
    let next = end;
    if (!inRole && steps === 0 && (flags & DETERMINER) !== 0) {
      // skip "a", "the", "another"
    } else if (isUpperChar(text.charCodeAt(pos)) && !role) {
      const target = findAlias(text, pos);
      if (!target) break;
      const matchEnd = aliasHit.end;
      const entry: GazetteerEntry | null = target.generic ? resolveGeneric(target.generic, country) : target.entry;
      if (!entry) break;
      country ??= entry.kind === "country" ? entry.name : entry.country;
      const possessive = isPossessiveAt(text, matchEnd);
      // "a spokesman for South Korea's presidential Blue House": the possessive names the country, not the role.
      if (inRole && possessive) break;
      if (inRole) roleEnd = matchEnd;
      next = possessive ? matchEnd + 2 : matchEnd;
    } else if (role) {
      if (roleStart < 0) roleStart = pos;
      roleEnd = end;
      if (isOfficeHead(flags)) heads++;
      if ((flags & FAMILY_WORD) !== 0) break;
    } else if (inRole && (flags & CONTINUES_ROLE) !== 0) {
      // continuation: "Vice Minister of the Workers’ Party of Korea"
    } else {
      if ((flags & ORG_NOUN) !== 0) orgNoun = text.slice(pos, end).toLowerCase();
      break;
    }
    if (!isSpace(text.charCodeAt(next))) break;
    pos = next + 1;
  }
  if (orgNoun && heads === 0) return { role: null, country, orgNoun };
  if (heads === 0 || roleStart < 0) return null;
  return { role: text.slice(roleStart, roleEnd), country, orgNoun: null };
}

// "’s" or "'s" at `pos`, ending a word (as /^['’]s\b/ reads it).
function isPossessiveAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if ((c !== 39 && c !== 0x2019) || text.charCodeAt(pos + 1) !== 115) return false;
  const after = text.charCodeAt(pos + 2);
  return !(
    (after >= 48 && after <= 57) ||
    (after >= 65 && after <= 90) ||
    (after >= 97 && after <= 122) ||
    after === 95
  );
}
