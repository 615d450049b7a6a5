// Titles and roles around a name: "South Korean Prime Minister Han Duck-soo" (before), "Kim Un-chol, North Korea's
// vice foreign minister overseeing US relations," (appositive after), "Seoul’s envoy for peace …, Kim Gunn," (a role
// phrase set off before the name).
import { isSpace, isUpperChar } from "../../gazetteer/normalize.ts";
import { matchGazetteer } from "../../gazetteer/match.ts";
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
import { tokenAt, tokenBefore, type Token } from "./tokens.ts";
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

/** A word of a title with what the word lists say of it. */
interface TitleWord {
  start: number;
  end: number;
  flags: number;
  /** A role word in a role word's case ("minister", "Minister", "MINISTER"). */
  role: boolean;
  /** An abbreviated title ("Mr.", "Gen"). */
  honorific: boolean;
}

function titleWord(text: string, t: Token): TitleWord {
  const { start, end } = t;
  const flags = TITLE_TABLE.get(text, start, end);
  const role =
    (flags & (ROLE_HEAD | ROLE_MODIFIER)) !== 0 && isRoleWordShape(flags, caseShape(text, start, end), end - start);
  const honorific =
    ((flags & HONORIFIC) !== 0 || text.charCodeAt(end - 1) === 46) && isHonorificAt(text, start, end, flags);
  return { start, end, flags, role, honorific };
}

/** A connector written in lower case: "for", "of", "the". */
function isConnector(text: string, w: TitleWord): boolean {
  return (w.flags & CONNECTOR) !== 0 && (caseShape(text, w.start, w.end) & NO_UPPER) !== 0;
}

/** A noun heading a title ("minister", "Spokesman"), not a family word ("sister"). */
function isOfficeHead(w: TitleWord): boolean {
  return (w.flags & ROLE_HEAD) !== 0 && (w.flags & FAMILY_WORD) === 0;
}

/** Role and country from title words `words[from…]`: an actor at their start is the affiliation, the rest the role. */
function titleFrom(text: string, words: TitleWord[], from: number, found: FoundList): Title | null {
  const n = words.length;
  let first = from;
  while (first < n && (words[first].flags & DETERMINER) !== 0) first++;
  const at = first < n ? foundStartingAt(found, words[first].start) : -1;
  const affiliation = at >= 0 && found.drafts[at].kind !== "person" ? found.drafts[at] : null;
  let roleStart = first;
  if (affiliation) {
    while (roleStart < n && words[roleStart].start < affiliation.end) roleStart++;
  }
  let hasHead = false;
  let roleFirst = -1;
  let roleLast = -1;
  for (let i = roleStart; i < n; i++) {
    const w = words[i];
    if (isOfficeHead(w) || w.honorific) hasHead = true;
    if (!w.honorific) {
      if (roleFirst < 0) roleFirst = i;
      roleLast = i;
    }
  }
  if (!hasHead) return null;
  const role = roleFirst >= 0 ? text.slice(words[roleFirst].start, words[roleLast].end) : null;
  let country = affiliation ? countryOfDraft(affiliation) : null;
  if (!country) {
    // "senior Japanese Foreign Ministry official": a country word before the office noun.
    for (let i = roleStart; i < n; i++) {
      if ((words[i].flags & ROLE_HEAD) !== 0) break;
      const f = foundStartingAt(found, words[i].start);
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
  const words: TitleWord[] = [];
  let pos = nameStart;
  while (words.length < MAX_TITLE_WORDS) {
    const t = tokenBefore(text, pos);
    if (!t) break;
    const w = titleWord(text, t);
    if (isUpperChar(text.charCodeAt(t.start))) {
      const at = foundStartingAt(found, t.start);
      if (at >= 0 && found.drafts[at].kind === "person") break;
    } else if (!w.role && !(words.length > 0 && isConnector(text, w))) break;
    words.push(w);
    pos = t.start;
  }
  if (words.length === 0) return null;
  words.reverse();
  let first = 0;
  while (first < words.length && isConnector(text, words[first])) first++;
  if (first === words.length) return null;
  let firstRole = first;
  while (firstRole < words.length && !words[firstRole].role && !words[firstRole].honorific) firstRole++;
  if (firstRole === words.length) return null;
  // Capitalized words before the first role word belong to the title only if an actor covers them.
  while (first < firstRole && foundStartingAt(found, words[first].start) < 0) first++;
  return titleFrom(text, words, first, found);
}

/**
 * A role phrase set off by a comma before a full name: "Seoul’s envoy for peace and security affairs on the Korean
 * peninsula, Kim Gunn," → role "envoy for peace and security affairs on the Korean peninsula", South Korea.
 */
export function titleSetOffBefore(text: string, nameStart: number, found: FoundList): Title | null {
  if (!isSpace(text.charCodeAt(nameStart - 1)) || text.charCodeAt(nameStart - 2) !== 44) return null;
  const words: TitleWord[] = [];
  let t = tokenBefore(text, nameStart - 2, true);
  while (t && words.length <= MAX_TITLE_WORDS) {
    words.push(titleWord(text, t));
    t = tokenBefore(text, t.start);
  }
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return null;
  words.reverse();
  let head = false;
  for (let i = 0; i < words.length && i < 6 && !head; i++) head = isOfficeHead(words[i]);
  if (!head) return null;
  const opener = words[0];
  const opensTitle = (opener.flags & DETERMINER) !== 0 || opener.role || foundStartingAt(found, opener.start) >= 0;
  if (!opensTitle) return null;
  return titleFrom(text, words, 0, found);
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
    const t = tokenAt(text, pos);
    if (!t) break;
    const w = titleWord(text, t);
    const inRole = roleStart >= 0;
    let next = t.end;
    if (!inRole && steps === 0 && (w.flags & DETERMINER) !== 0) {
      // skip "a", "the", "another"
    } else if (isUpperChar(text.charCodeAt(t.start)) && !w.role) {
      const m = matchGazetteer(text, pos);
      if (!m || !m.target) break;
      const entry: GazetteerEntry | null = m.target.generic
        ? resolveGeneric(m.target.generic, country)
        : m.target.entry;
      if (!entry) break;
      country ??= entry.kind === "country" ? entry.name : entry.country;
      const possessive = isPossessiveAt(text, m.end);
      // "a spokesman for South Korea's presidential Blue House": the possessive names the country, not the role.
      if (inRole && possessive) break;
      if (inRole) roleEnd = m.end;
      next = possessive ? m.end + 2 : m.end;
    } else if (w.role) {
      if (roleStart < 0) roleStart = t.start;
      roleEnd = t.end;
      if (isOfficeHead(w)) heads++;
      if ((w.flags & FAMILY_WORD) !== 0) break;
    } else if (inRole && (w.flags & CONTINUES_ROLE) !== 0) {
      // continuation: "Vice Minister of the Workers’ Party of Korea"
    } else {
      if ((w.flags & ORG_NOUN) !== 0) orgNoun = t.text.toLowerCase();
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
