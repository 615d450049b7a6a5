// Titles and roles around a name: "South Korean Prime Minister Han Duck-soo" (before), "Kim Un-chol, North Korea's
// vice foreign minister overseeing US relations," (appositive after), "Seoul’s envoy for peace …, Kim Gunn," (a role
// phrase set off before the name).
import { isSpace, isUpperChar } from "../../gazetteer/normalize.ts";
import { matchGazetteer } from "../../gazetteer/match.ts";
import { resolveGeneric } from "../../gazetteer/lexicon.ts";
import type { GazetteerEntry } from "../../gazetteer/entry.ts";
import { FAMILY, isHonorific, isRoleHead, isRoleWord } from "./roles.ts";
import { tokenAt, tokenBefore, type Token } from "./tokens.ts";
import { countryOfDraft, type FoundList, foundStartingAt } from "./found.ts";

export interface Title {
  /** The role as written ("Prime Minister"), null for a bare honorific ("Mr."). */
  role: string | null;
  /** Country the title attaches the person to ("South Korean", "Washington’s"). */
  country: string | null;
}

const CONNECTORS = new Set(["for", "of", "on", "and", "to", "the"]);
const DETERMINERS = new Set(["a", "an", "the", "another", "its", "his", "her", "their", "then", "former"]);
const MAX_TITLE_WORDS = 14;

function honorific(word: string): boolean {
  return isHonorific(word);
}

function hasHead(tokens: readonly Token[]): boolean {
  return tokens.some((t) => (isRoleHead(t.text) && !FAMILY.has(t.text.toLowerCase())) || honorific(t.text));
}

/** Role and country from title words: an actor at their start is the affiliation, the rest is the role. */
function titleFrom(text: string, tokens: Token[], found: FoundList): Title | null {
  let first = 0;
  while (first < tokens.length && DETERMINERS.has(tokens[first].text.toLowerCase())) first++;
  const at = first < tokens.length ? foundStartingAt(found, tokens[first].start) : -1;
  const affiliation = at >= 0 && found.drafts[at].kind !== "person" ? found.drafts[at] : null;
  let roleStart = first;
  if (affiliation) {
    while (roleStart < tokens.length && tokens[roleStart].start < affiliation.end) roleStart++;
  }
  const roleTokens = tokens.slice(roleStart);
  if (roleTokens.length === 0 || !hasHead(roleTokens)) return null;
  const words = roleTokens.filter((t) => !honorific(t.text));
  const role = words.length ? text.slice(words[0].start, words[words.length - 1].end) : null;
  let country = affiliation ? countryOfDraft(affiliation) : null;
  if (!country) {
    // "senior Japanese Foreign Ministry official": a country word before the office noun.
    for (const t of roleTokens) {
      if (isRoleHead(t.text)) break;
      const f = foundStartingAt(found, t.start);
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
  const tokens: Token[] = [];
  let pos = nameStart;
  while (tokens.length < MAX_TITLE_WORDS) {
    const t = tokenBefore(text, pos);
    if (!t) break;
    if (isUpperChar(t.text.charCodeAt(0))) {
      const at = foundStartingAt(found, t.start);
      if (at >= 0 && found.drafts[at].kind === "person") break;
    } else if (!isRoleWord(t.text) && !(tokens.length > 0 && CONNECTORS.has(t.text))) break;
    tokens.push(t);
    pos = t.start;
  }
  if (tokens.length === 0) return null;
  tokens.reverse();
  while (tokens.length && CONNECTORS.has(tokens[0].text)) tokens.shift();
  if (tokens.length === 0) return null;
  let firstRole = tokens.findIndex((t) => isRoleWord(t.text) || honorific(t.text));
  if (firstRole < 0) return null;
  // Capitalized words before the first role word belong to the title only if an actor covers them.
  while (firstRole > 0 && foundStartingAt(found, tokens[0].start) < 0) {
    tokens.shift();
    firstRole--;
  }
  return titleFrom(text, tokens, found);
}

/**
 * A role phrase set off by a comma before a full name: "Seoul’s envoy for peace and security affairs on the Korean
 * peninsula, Kim Gunn," → role "envoy for peace and security affairs on the Korean peninsula", South Korea.
 */
export function titleSetOffBefore(text: string, nameStart: number, found: FoundList): Title | null {
  if (!isSpace(text.charCodeAt(nameStart - 1)) || text.charCodeAt(nameStart - 2) !== 44) return null;
  const tokens: Token[] = [];
  let t = tokenBefore(text, nameStart - 2, true);
  while (t && tokens.length <= MAX_TITLE_WORDS) {
    tokens.unshift(t);
    t = tokenBefore(text, t.start);
  }
  if (tokens.length === 0 || tokens.length > MAX_TITLE_WORDS) return null;
  const head = tokens.slice(0, 6).findIndex((x) => isRoleHead(x.text) && !FAMILY.has(x.text.toLowerCase()));
  if (head < 0) return null;
  const opener = tokens[0];
  const opensTitle =
    DETERMINERS.has(opener.text.toLowerCase()) || isRoleWord(opener.text) || foundStartingAt(found, opener.start) >= 0;
  if (!opensTitle) return null;
  return titleFrom(text, tokens, found);
}

export interface Appositive extends Title {
  /** The noun the appositive ends on when it describes an organization ("website", "newspaper"). */
  orgNoun: string | null;
}

const ORG_NOUNS = new Set([
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
]);

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
    const lower = t.text.toLowerCase();
    const inRole = roleStart >= 0;
    let next = t.end;
    if (!inRole && steps === 0 && DETERMINERS.has(lower)) {
      // skip "a", "the", "another"
    } else if (isUpperChar(t.text.charCodeAt(0)) && !isRoleWord(t.text)) {
      const m = matchGazetteer(text, pos);
      if (!m || !m.target) break;
      const entry: GazetteerEntry | null = m.target.generic
        ? resolveGeneric(m.target.generic, country)
        : m.target.entry;
      if (!entry) break;
      country ??= entry.kind === "country" ? entry.name : entry.country;
      const possessive = /^['’]s\b/.test(text.slice(m.end, m.end + 3));
      // "a spokesman for South Korea's presidential Blue House": the possessive names the country, not the role.
      if (inRole && possessive) break;
      if (inRole) roleEnd = m.end;
      next = possessive ? m.end + 2 : m.end;
    } else if (isRoleWord(t.text)) {
      if (roleStart < 0) roleStart = t.start;
      roleEnd = t.end;
      if (isRoleHead(t.text) && !FAMILY.has(lower)) heads++;
      if (FAMILY.has(lower)) break;
    } else if (inRole && (lower === "of" || lower === "for" || lower === "the")) {
      // continuation: "Vice Minister of the Workers’ Party of Korea"
    } else {
      if (ORG_NOUNS.has(lower)) orgNoun = lower;
      break;
    }
    if (!isSpace(text.charCodeAt(next))) break;
    pos = next + 1;
  }
  if (orgNoun && heads === 0) return { role: null, country, orgNoun };
  if (heads === 0 || roleStart < 0) return null;
  return { role: text.slice(roleStart, roleEnd), country, orgNoun: null };
}
